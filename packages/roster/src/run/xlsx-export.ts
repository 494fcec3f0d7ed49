import { createWriteStream } from "node:fs";
import ExcelJS from "exceljs";
import { safeCell } from "./export.ts";

/** An XLSX results file written as rows arrive (exceljs WorkbookWriter), every cell escaped. */
export function openXlsx(path: string, header: readonly string[]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(path),
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("名单");
  sheet.addRow([...header]).commit();
  return {
    add(cells: readonly string[]) {
      sheet.addRow(cells.map(safeCell)).commit();
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
