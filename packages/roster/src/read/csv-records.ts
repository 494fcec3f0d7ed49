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

function oddQuotes(text: string): boolean {
  let odd = false;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) odd = !odd;
  return odd;
}

/**
 * Split a chunk of CSV text (whole records, as cut by `csvByteChunks`) into records.
 * Lines without a quote are plain comma-separated fields, which is all CSV means there
 * (the fast path for the usual export: one native split per line); a line with quotes is
 * joined with the next ones until its quotes pair up, then goes through csv-parse alone,
 * so a broken quote costs only its own record. Blank lines are skipped.
 */
export function parseCsvChunk(
  text: string,
  firstLine: number,
): { records: RawRecord[]; errors: RecordError[] } {
  const records: RawRecord[] = [];
  const errors: RecordError[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const number = firstLine + i;
    if (line.indexOf('"') === -1) {
      if (line.length > 0 && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
      if (line !== "") records.push({ line: number, fields: line.split(",") });
      continue;
    }
    while (oddQuotes(line) && i + 1 < lines.length) line += `\n${lines[++i]}`;
    if (line.length > 0 && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (oddQuotes(line)) {
      errors.push({ line: number, reason: "引号未闭合：从这一行起到文件末尾都在一对引号里" });
      continue;
    }
    try {
      const [fields] = parse(line, { relax_column_count: true, bom: false }) as string[][];
      if (fields !== undefined) records.push({ line: number, fields });
    } catch (error) {
      errors.push({ line: number, reason: `引号使用不规范（${quoteProblem(error)}）` });
    }
  }
  return { records, errors };
}

function quoteProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "CSV_INVALID_CLOSING_QUOTE") return "闭合引号后应紧跟逗号或换行";
  if (code === "CSV_QUOTE_NOT_CLOSED") return "引号未闭合";
  return "无法按 CSV 规则读出各列";
}
