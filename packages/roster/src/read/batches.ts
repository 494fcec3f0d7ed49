import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { RosterFileError, type RosterLimits } from "../limits.ts";
import { type CsvByteChunk, csvByteChunks, decodeChunk } from "./csv-chunks.ts";
import { parseCsvChunk, type RawRecord, type RecordError } from "./csv-records.ts";
import type { ReadPosition } from "./read-position.ts";

export type { ReadPosition };

/** Whole CSV records not yet decoded (a worker decodes them), or records already read. */
export type Batch = { chunk: CsvByteChunk } | { records: RawRecord[]; errors?: RecordError[] };

/** Where a reader is in its file: bytes read so far of the file's size (progress). */
/**
 * A roster file as batches; the header is taken off the first one and handed to `header`,
 * the encoding to `encoding`. `position` learns how far into the file the reader is.
 */
export async function* batchesOf(
  path: string,
  limits: RosterLimits,
  header: (h: string[]) => void,
  encoding: (e: string) => void,
  position?: (p: ReadPosition) => void,
): AsyncGenerator<Batch> {
  const ext = extname(path).toLowerCase();
  let first = true;
  const takeHeader = (records: RawRecord[]): RawRecord[] => {
    if (!first) return records;
    first = false;
    const head = records[0];
    if (head === undefined) throw new RosterFileError("empty", "文件是空的：第一行应为表头");
    const h = head.fields.map((f) => f.trim());
    checkHeader(h, limits);
    header(h);
    return records.slice(1);
  };
  if (ext === ".xlsx") {
    encoding("xlsx");
    const { xlsxRecords } = await import("./xlsx-records.ts");
    for await (const records of xlsxRecords(path, limits, undefined, position))
      yield { records: takeHeader(records) };
  } else if (ext === ".csv" || ext === ".txt") {
    const stream = createReadStream(path, { highWaterMark: 1 << 16 });
    position?.({ bytesRead: () => stream.bytesRead });
    for await (const chunk of csvByteChunks(stream, limits)) {
      if (!first) {
        yield { chunk };
        continue;
      }
      encoding(chunk.encoding);
      const decoded = decodeChunk(chunk);
      const { records, errors } = parseCsvChunk(decoded.text, decoded.firstLine);
      if (errors.length > 0 && (records[0] === undefined || errors[0]!.line < records[0].line))
        throw new RosterFileError(
          "bad_header",
          `表头（第${errors[0]!.line}行）无法读取：${errors[0]!.reason}`,
        );
      yield { records: takeHeader(records), errors };
    }
  } else throw new RosterFileError("format", "名单应为 CSV（.csv）或 Excel（.xlsx）文件");
  if (first) throw new RosterFileError("empty", "文件是空的：第一行应为表头");
}

function checkHeader(header: string[], limits: RosterLimits) {
  if (header.length > limits.maxColumns)
    throw new RosterFileError(
      "too_many_columns",
      `表头有 ${header.length} 列，超过 ${limits.maxColumns} 列上限`,
    );
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== "" && seen.has(h))
      throw new RosterFileError("bad_header", `表头「${h}」重复，请改名后再上传`);
    seen.add(h);
  }
}

/** A batch's records (decoding and parsing a CSV chunk on this thread). */
export function recordsOf(batch: Batch): { records: RawRecord[]; errors: RecordError[] } {
  if ("records" in batch) return { records: batch.records, errors: batch.errors ?? [] };
  const decoded = decodeChunk(batch.chunk);
  return parseCsvChunk(decoded.text, decoded.firstLine);
}
