import { RosterFileError, type RosterLimits } from "../limits.ts";
import { completeRecordsEnd } from "./csv-records.ts";
import { decodeText, type TextEncodingName } from "./decode.ts";

/** A run of whole CSV records and the physical line its first record starts on. */
export interface CsvChunk {
  text: string;
  firstLine: number;
}

const chunkChars = 256 * 1024;

/**
 * Cut a CSV byte stream into chunks of whole records (~256 K characters each), cheaply: only
 * quotes and newlines are looked at, so the records themselves can be parsed elsewhere (in
 * worker threads). Refuses a file over `maxBytes`, and a record longer than the columns and
 * cell limits allow (an unclosed quote would otherwise swallow the whole file).
 */
export async function* csvChunks(
  bytes: AsyncIterable<Uint8Array>,
  limits: Pick<RosterLimits, "maxBytes" | "maxColumns" | "maxCellChars">,
  onEncoding?: (encoding: TextEncodingName) => void,
): AsyncGenerator<CsvChunk> {
  let total = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of bytes) {
      total += chunk.length;
      if (total > limits.maxBytes)
        throw new RosterFileError(
          "too_large",
          `文件超过 ${Math.floor(limits.maxBytes / 1024 / 1024)} MB 上限，请分批上传`,
        );
      yield chunk;
    }
  }
  const maxRecord = limits.maxColumns * (limits.maxCellChars + 3);
  let carry = "";
  let line = 1;
  for await (const text of decodeText(counted(), onEncoding)) {
    carry = carry === "" ? text : carry + text;
    if (carry.length < chunkChars) continue;
    const end = completeRecordsEnd(carry);
    if (end === 0) {
      if (carry.length > maxRecord)
        throw new RosterFileError(
          "record_too_long",
          `第${line}行起的一条记录超过长度上限（多半是引号未闭合）`,
        );
      continue;
    }
    const out = carry.slice(0, end);
    carry = carry.slice(end);
    yield { text: out, firstLine: line };
    line += countLines(out);
  }
  if (carry !== "") yield { text: carry, firstLine: line };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
