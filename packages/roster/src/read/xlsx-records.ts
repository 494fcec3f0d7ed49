import { createReadStream } from "node:fs";
import ExcelJS from "exceljs";
import { RosterFileError, type RosterLimits } from "../limits.ts";
import type { RawRecord } from "./csv-records.ts";
import type { ReadPosition } from "./read-position.ts";
import { checkZip } from "./zip-guard.ts";

/**
 * A cell as text. Formulas are never evaluated: their cached result is read when the file
 * holds one, otherwise the formula's own text (starting with "="), which no value mapping
 * accepts, so the row is reported rather than guessed. Dates become YYYY-MM-DD: exceljs
 * gives a Date for a number cell with a date format (styles are read for that); a formula's
 * numeric result in a date-formatted cell is an Excel serial day, converted here (`numFmt`).
 */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) {
      if (typeof v.result === "number" && numFmt !== undefined && isDateFormat(numFmt))
        return serialDate(v.result);
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

/** A number format showing a date (y, m or d outside quotes and brackets; not elapsed time). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(bare) || /m/i.test(bare.replace(/h+:?m+|m+:?s+/gi, ""));
}

/** An Excel serial day (days since 1899-12-30; 1900 system) as YYYY-MM-DD. */
export function serialDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
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
  position?: (p: ReadPosition) => void,
): AsyncGenerator<RawRecord[]> {
  await checkZip(path, limits);
  const stream = createReadStream(path);
  position?.({ bytesRead: () => stream.bytesRead });
  // styles are read only to tell date cells (a number with a date format) from numbers
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
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
      for (let i = 1; i < values.length; i++) {
        const value = values[i];
        const formula = typeof value === "object" && value !== null && "formula" in value;
        fields.push(cellText(value, formula ? row.getCell(i).numFmt : undefined));
      }
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
