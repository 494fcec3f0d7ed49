/**
 * The XLSX half of the package, a separate entry so that exceljs (large) is loaded only by
 * code that reads or writes XLSX: CSV runs and the worker threads never pay for it.
 */
export { cellText, xlsxRecords } from "./read/xlsx-records.ts";
export { openXlsx } from "./run/xlsx-export.ts";
