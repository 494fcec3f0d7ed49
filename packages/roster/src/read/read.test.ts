import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cliLimits } from "../limits.ts";
import { csvChunks } from "./csv-chunks.ts";
import { parseCsvChunk } from "./csv-records.ts";
import { xlsxRecords } from "./xlsx-records.ts";

const dir = mkdtempSync(join(tmpdir(), "roster-read-"));

async function* bytesOf(data: Uint8Array, size: number) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function readAll(data: Uint8Array, size: number) {
  const records = [];
  const errors = [];
  for await (const chunk of csvChunks(bytesOf(data, size), cliLimits)) {
    const r = parseCsvChunk(chunk.text, chunk.firstLine);
    records.push(...r.records);
    errors.push(...r.errors);
  }
  return { records, errors };
}

describe("CSV", () => {
  const text =
    '姓名,等级,备注\r\n张三,高级技师,"含,逗号"\r\n\r\n李四,技师,"两行\n备注"\n王五,"坏"引号,x\n赵六,技师,末行';

  it("reads quoted fields, skips blank lines and keeps each record's first line", async () => {
    for (const size of [1, 7, 1 << 20]) {
      const { records, errors } = await readAll(new TextEncoder().encode(text), size);
      expect(records.map((r) => [r.line, r.fields])).toEqual([
        [1, ["姓名", "等级", "备注"]],
        [2, ["张三", "高级技师", "含,逗号"]],
        [4, ["李四", "技师", "两行\n备注"]],
        [7, ["赵六", "技师", "末行"]],
      ]);
      expect(errors).toEqual([{ line: 6, reason: expect.stringContaining("引号") }]);
    }
  });

  it("decodes GB18030 and UTF-8 with a BOM alike", async () => {
    const gb = Buffer.from("d0d5c3fb2cb5c8bcb60ad5c5c8fd2cb8dfbcb6bcbccaa60a", "hex"); // 姓名,等级\n张三,高级技师\n
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode("姓名,等级\n张三,高级技师\n"),
    ]);
    for (const data of [gb, bom]) {
      const { records } = await readAll(data, 3);
      expect(records.map((r) => r.fields)).toEqual([
        ["姓名", "等级"],
        ["张三", "高级技师"],
      ]);
    }
  });

  it("refuses a file over the byte limit and an unclosed quote that never ends", async () => {
    const big = new Uint8Array(300_000).fill(97);
    await expect(readAll(big, 1 << 16).then(() => 0)).resolves.toBe(0);
    const limited = csvChunks(bytesOf(big, 1 << 16), { ...cliLimits, maxBytes: 100_000 });
    await expect(async () => {
      for await (const _ of limited);
    }).rejects.toThrow(/上限/);
    const open = new TextEncoder().encode(`a,"${"x".repeat(400_000)}`);
    const tight = csvChunks(bytesOf(open, 1 << 16), {
      ...cliLimits,
      maxColumns: 2,
      maxCellChars: 1000,
    });
    await expect(async () => {
      for await (const _ of tight);
    }).rejects.toThrow(/引号未闭合/);
  });
});

describe("XLSX", () => {
  it("streams the first sheet, reading formulas as their cached result or their text", async () => {
    const path = join(dir, "f.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名单");
    ws.addRow(["姓名", "等级", "金额"]);
    ws.addRow(["张三", "高级技师", { formula: "1+1", result: 2 }]);
    ws.addRow(["李四", { formula: 'HYPERLINK("http://x","技师")' }, 3]);
    await wb.xlsx.writeFile(path);
    const rows = [];
    for await (const batch of xlsxRecords(path, cliLimits)) rows.push(...batch);
    expect(rows.map((r) => [r.line, r.fields])).toEqual([
      [1, ["姓名", "等级", "金额"]],
      [2, ["张三", "高级技师", "2"]],
      [3, ["李四", '=HYPERLINK("http://x","技师")', "3"]],
    ]);
  });

  it("refuses a zip with an entry its directory does not list (a streaming reader would read it)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("名单").addRow(["姓名"]);
    const valid = Buffer.from(await wb.xlsx.writeBuffer());
    const eocd = valid.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cdOffset = valid.readUInt32LE(eocd + 16);
    const name = Buffer.from("xl/worksheets/sheet9.xml");
    const hidden = Buffer.alloc(30);
    hidden.writeUInt32LE(0x04034b50, 0);
    hidden.writeUInt16LE(name.length, 26);
    const body = Buffer.concat([hidden, name]);
    const crafted = Buffer.concat([valid.subarray(0, cdOffset), body, valid.subarray(cdOffset)]);
    crafted.writeUInt32LE(cdOffset + body.length, eocd + body.length + 16);
    const path = join(dir, "hidden.xlsx");
    writeFileSync(path, crafted);
    await expect(async () => {
      for await (const _ of xlsxRecords(path, cliLimits));
    }).rejects.toThrow(/目录外/);
    const bomb = { ...cliLimits, maxInflatedBytes: 1_000 };
    writeFileSync(join(dir, "valid.xlsx"), valid);
    await expect(async () => {
      for await (const _ of xlsxRecords(join(dir, "valid.xlsx"), bomb));
    }).rejects.toThrow(/压缩炸弹/);
  });

  it("refuses a file that is not a zip", async () => {
    const path = join(dir, "not.xlsx");
    writeFileSync(path, "姓名,等级\n");
    await expect(async () => {
      for await (const _ of xlsxRecords(path, cliLimits));
    }).rejects.toThrow(/不是有效的 XLSX/);
  });
});
