import ExcelJS from "exceljs";
import { RosterFileError, type RosterLimits } from "../limits.ts";
import type { RawRecord } from "./csv-records.ts";
import { checkZip } from "./zip-guard.ts";

/**
 * A cell as text. Formulas are never evaluated: their cached result is read when the file
 * holds one, otherwise the formula's own text (starting with "="), which no value mapping
 * accepts, so the row is reported rather than guessed. Dates become YYYY-MM-DD.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) {
      if (v.result !== undefined && v.result !== null && typeof v.result !== "object")
        return cellText(v.result);
      if (v.result instanceof Date) return cellText(v.result);
      return `=${String(v.formula ?? v.sharedFormula ?? "")}`;
    }
    if (Array.isArray(v.richText))
      return v.richText.map((r) => String((r as { text?: unknown }).text ?? "")).join("");
    if (typeof v.text === "string") return v.text;
    if ("error" in v) return String(v.error);
  }
  return "";
}

/**
 * Rows of the first worksheet of an XLSX file, streamed (exceljs WorkbookReader; styles,
 * hyperlinks and other sheets are skipped), after `checkZip` has bounded what inflating it
 * can cost. Yields batches of records; the header is the first record.
 */
export async function* xlsxRecords(
  path: string,
  limits: RosterLimits,
  batchSize = 2_000,
): AsyncGenerator<RawRecord[]> {
  await checkZip(path, limits);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let rows = 0;
  for await (const sheet of workbook) {
    let batch: RawRecord[] = [];
    for await (const row of sheet) {
      const values = row.values as unknown[];
      if (values.length - 1 > limits.maxColumns)
        throw new RosterFileError(
          "too_many_columns",
          `第${row.number}行超过 ${limits.maxColumns} 列上限`,
        );
      const fields: string[] = [];
      for (let i = 1; i < values.length; i++) fields.push(cellText(values[i]));
      if (fields.every((f) => f === "")) continue;
      if (++rows > limits.maxRows + 1)
        throw new RosterFileError("too_many_rows", `超过 ${limits.maxRows} 行上限，请分批上传`);
      batch.push({ line: row.number, fields });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    return; // the first worksheet is the roster
  }
}
