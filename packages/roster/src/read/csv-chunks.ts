import { RosterFileError, type RosterLimits } from "../limits.ts";
import { detectEncoding, type TextEncodingName } from "./decode.ts";

/** A run of whole CSV records as bytes, the line its first record starts on, and its encoding. */
export interface CsvByteChunk {
  bytes: Uint8Array;
  firstLine: number;
  encoding: TextEncodingName;
}

/** The same, decoded. */
export interface CsvChunk {
  text: string;
  firstLine: number;
}

// small batches keep what a worker holds at each collection small: 512 KiB chunks spent half
// the CPU in the garbage collector under the capped heaps, 64 KiB ~15% (300,000 rows, 2 threads)
const chunkBytes = 64 * 1024;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * End of the last complete record in `bytes` (just past its newline), or 0. In UTF-8 and in
 * GB18030 the bytes of '"' and '\n' never occur inside a multi-byte character, so records
 * can be cut before decoding, and a newline ends a record only outside quotes.
 */
export function completeRecordsEndBytes(bytes: Uint8Array): number {
  let inQuote = false;
  let pos = 0;
  let cut = -1;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (;;) {
    const q = buffer.indexOf(QUOTE, pos);
    const segmentEnd = q === -1 ? buffer.length : q;
    if (!inQuote && segmentEnd > pos) {
      const nl = buffer.lastIndexOf(NEWLINE, segmentEnd - 1);
      if (nl >= pos) cut = nl;
    }
    if (q === -1) break;
    inQuote = !inQuote;
    pos = q + 1;
  }
  return cut + 1;
}

function countNewlines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buffer.indexOf(NEWLINE); i !== -1; i = buffer.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/** Copy parts into one fresh (transferable, unpooled) array. */
function join(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Cut a CSV byte stream into chunks of whole records (~64 KiB each) without decoding it, so
 * worker threads decode and parse them and this thread does little more than read. The
 * encoding (UTF-8 with or without BOM, else GB18030) is decided on the first 64 KiB. Refuses
 * a file over `maxBytes`, and a record longer than the column and cell limits allow (an
 * unclosed quote would otherwise swallow the whole file).
 */
export async function* csvByteChunks(
  source: AsyncIterable<Uint8Array>,
  limits: Pick<RosterLimits, "maxBytes" | "maxColumns" | "maxCellChars">,
): AsyncGenerator<CsvByteChunk> {
  const maxRecord = limits.maxColumns * (limits.maxCellChars + 3) * 4;
  let encoding: TextEncodingName | null = null;
  let parts: Uint8Array[] = [];
  let pending = 0;
  let total = 0;
  let line = 1;
  let first = true;
  const take = (final: boolean): CsvByteChunk | null => {
    let all = join(parts, pending);
    parts = [];
    pending = 0;
    if (encoding === null) {
      const detected = detectEncoding(all.subarray(0, 65_536));
      encoding = detected.encoding;
      all = all.subarray(detected.bom);
    }
    const end = final ? all.length : completeRecordsEndBytes(all);
    if (end < all.length) {
      const rest = all.slice(end);
      if (rest.length > maxRecord)
        throw new RosterFileError(
          "record_too_long",
          `第${line}行起的一条记录超过长度上限（多半是引号未闭合）`,
        );
      parts.push(rest);
      pending = rest.length;
    }
    if (end === 0) return null;
    const bytes = end === all.length && all.byteOffset === 0 ? all : all.slice(0, end);
    const chunk = { bytes, firstLine: line, encoding };
    line += countNewlines(bytes);
    return chunk;
  };
  for await (const data of source) {
    total += data.length;
    if (total > limits.maxBytes)
      throw new RosterFileError(
        "too_large",
        `文件超过 ${Math.floor(limits.maxBytes / 1024 / 1024)} MB 上限，请分批上传`,
      );
    parts.push(data);
    pending += data.length;
    if (pending < (first ? 65_536 : chunkBytes)) continue;
    first = false;
    const chunk = take(false);
    if (chunk !== null) yield chunk;
  }
  if (pending > 0 || encoding === null) {
    const chunk = take(true);
    if (chunk !== null && chunk.bytes.length > 0) yield chunk;
  }
}

const decoders = new Map<TextEncodingName, InstanceType<typeof TextDecoder>>();

/** Decode a chunk (whole records, so no character is cut at its ends). */
export function decodeChunk(chunk: CsvByteChunk): CsvChunk {
  let decoder = decoders.get(chunk.encoding);
  if (decoder === undefined) {
    decoder = new TextDecoder(chunk.encoding, { ignoreBOM: true });
    decoders.set(chunk.encoding, decoder);
  }
  return { text: decoder.decode(chunk.bytes), firstLine: chunk.firstLine };
}

/** Decoded chunks of a CSV byte stream (for readers that parse on this thread). */
export async function* csvChunks(
  source: AsyncIterable<Uint8Array>,
  limits: Pick<RosterLimits, "maxBytes" | "maxColumns" | "maxCellChars">,
  onEncoding?: (encoding: TextEncodingName) => void,
): AsyncGenerator<CsvChunk> {
  let told = false;
  for await (const chunk of csvByteChunks(source, limits)) {
    if (!told) onEncoding?.(chunk.encoding);
    told = true;
    yield decodeChunk(chunk);
  }
}
