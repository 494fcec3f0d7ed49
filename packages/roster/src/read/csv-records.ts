import { parse } from "csv-parse/sync";

/** One record of a roster file: its first physical line (1-based) and its cells. */
export interface RawRecord {
  line: number;
  fields: string[];
}

/** A record that could not be read, with its line and a reason in Chinese. */
export interface RecordError {
  line: number;
  reason: string;
}

/**
 * Index just past the last complete record of `text` (after its "\n"), or 0 when none is
 * complete. A newline ends a record only outside quotes (RFC 4180: quotes come in pairs, an
 * escaped quote is two), so counting quotes is enough to find the boundary.
 */
export function completeRecordsEnd(text: string): number {
  let inQuote = false;
  let pos = 0;
  let cut = -1;
  for (;;) {
    const q = text.indexOf('"', pos);
    const segmentEnd = q === -1 ? text.length : q;
    if (!inQuote && segmentEnd > pos) {
      const nl = text.lastIndexOf("\n", segmentEnd - 1);
      if (nl >= pos) cut = nl;
    }
    if (q === -1) break;
    inQuote = !inQuote;
    pos = q + 1;
  }
  return cut + 1;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  let i = text.indexOf("\n", from);
  while (i !== -1 && i < to) {
    n++;
    i = text.indexOf("\n", i + 1);
  }
  return n;
}

/**
 * Split a chunk of CSV text (whole records, as cut by `completeRecordsEnd`) into records.
 * Records without a quote are plain comma-separated fields, which is all CSV means there
 * (the fast path for the usual export); records with quotes go through csv-parse one by one,
 * so a broken quote costs only its own record. Blank lines are skipped.
 */
export function parseCsvChunk(
  text: string,
  firstLine: number,
): { records: RawRecord[]; errors: RecordError[] } {
  const records: RawRecord[] = [];
  const errors: RecordError[] = [];
  const n = text.length;
  let pos = 0;
  let line = firstLine;
  let nextQuote = text.indexOf('"');
  while (pos < n) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = n;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    if (nextQuote === -1 || nextQuote > nl) {
      const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end > pos) records.push({ line, fields: text.slice(pos, end).split(",") });
      pos = nl + 1;
      line++;
      continue;
    }
    // a quoted record: find its end outside quotes
    let inQuote = false;
    let p = pos;
    let end = n;
    let closed = true;
    for (;;) {
      const q = text.indexOf('"', p);
      if (inQuote) {
        if (q === -1) {
          closed = false;
          break;
        }
        inQuote = false;
        p = q + 1;
        continue;
      }
      const nn = text.indexOf("\n", p);
      if (nn !== -1 && (q === -1 || nn < q)) {
        end = nn;
        break;
      }
      if (q === -1) break;
      inQuote = true;
      p = q + 1;
    }
    const raw = text.slice(pos, end);
    if (!closed) errors.push({ line, reason: "引号未闭合：从这一行起到文件末尾都在一对引号里" });
    else {
      try {
        const [fields] = parse(raw, { relax_column_count: true, bom: false }) as string[][];
        if (fields !== undefined) records.push({ line, fields });
      } catch (error) {
        errors.push({ line, reason: `引号使用不规范（${quoteProblem(error)}）` });
      }
    }
    line += countNewlines(text, pos, end) + 1;
    pos = end + 1;
  }
  return { records, errors };
}

function quoteProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "CSV_INVALID_CLOSING_QUOTE") return "闭合引号后应紧跟逗号或换行";
  if (code === "CSV_QUOTE_NOT_CLOSED") return "引号未闭合";
  return "无法按 CSV 规则读出各列";
}
