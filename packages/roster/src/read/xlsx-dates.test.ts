import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { factsInScope } from "@jiangce/rule-schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cliLimits } from "../limits.ts";
import { rowMapper } from "../mapping/row-mapper.ts";
import { isDateFormat, xlsxRecords } from "./xlsx-records.ts";

const dir = mkdtempSync(join(tmpdir(), "roster-xlsx-dates-"));

/** A register as an office suite saves it: date cells are serial days with a date format. */
async function register(path: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名单");
  ws.addRow(["姓名", "发证日期", "出生日期", "年龄", "到期"]);
  const row = ws.addRow([
    "张三",
    new Date(Date.UTC(2023, 4, 1)), // exceljs writes a serial day with a date format
    45_000, // a plain number: 2023-03-15 as a serial, in a column mapped to a date fact
    36,
    { formula: "B2+365", result: 45_412 }, // 2023-05-01 (serial 45047) + 365 days, 2024 a leap year
  ]);
  row.getCell(2).numFmt = "yyyy/m/d";
  row.getCell(5).numFmt = 'yyyy"年"m"月"d"日"';
  const second = ws.addRow(["李四", new Date(Date.UTC(1999, 11, 31)), "", 25, ""]);
  second.getCell(2).numFmt = "yyyy-mm-dd";
  await wb.xlsx.writeFile(path);
}

describe("XLSX dates", () => {
  it("reads date-formatted cells (values and formula results) as YYYY-MM-DD, numbers as numbers", async () => {
    const path = join(dir, "dates.xlsx");
    await register(path);
    const rows = [];
    for await (const batch of xlsxRecords(path, cliLimits)) rows.push(...batch);
    expect(rows.map((r) => r.fields)).toEqual([
      ["姓名", "发证日期", "出生日期", "年龄", "到期"],
      ["张三", "2023-05-01", "45000", "36", "2024-04-30"],
      ["李四", "1999-12-31", "", "25"], // trailing empty cells are not stored
    ]);
  });

  it("reads a serial day in a column mapped to a date fact as its ISO date", async () => {
    const path = join(dir, "dates-fact.xlsx");
    await register(path);
    const rows = [];
    for await (const batch of xlsxRecords(path, cliLimits)) rows.push(...batch);
    const header = rows[0]!.fields;
    const map = rowMapper({
      header,
      mapping: {
        kind: "person",
        columns: { 姓名: "name", 发证日期: "attribute", 出生日期: "fact:birthDate" },
        values: {},
        money: "yuan",
      },
      scope: factsInScope([]),
      regionCode: "420112",
      maxCellChars: 100,
    });
    expect(map(rows[1]!)).toMatchObject({
      ok: true,
      attributes: { 发证日期: "2023-05-01" },
      profile: { facts: { birthDate: "2023-03-15" } },
    });
  });

  it("tells date formats from number and time formats", () => {
    for (const f of ["yyyy-mm-dd", "m/d/yy", "d-mmm-yy", 'yyyy"年"m"月"d"日"', "[$-804]yyyy年m月"])
      expect(isDateFormat(f), f).toBe(true);
    for (const f of ["General", "0.00", "#,##0", '0"天"', "h:mm", "mm:ss", "[h]:mm:ss"])
      expect(isDateFormat(f), f).toBe(false);
  });
});
