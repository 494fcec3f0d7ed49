import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finished, rosterServer, upload } from "../roster/harness.ts";
import { gb18030 } from "../support/gb18030.ts";

type Server = Awaited<ReturnType<typeof rosterServer>>;
let server: Server;

beforeAll(async () => {
  server = await rosterServer();
}, 120_000);
afterAll(() => server?.close());

async function healthy() {
  const response = await server.app.inject("/api/health.check");
  expect(response.statusCode).toBe(200);
}

/** A zip of one entry, deflated, written by hand (the shape of a zip bomb). */
function zipOf(name: string, chunk: Buffer, times: number): Buffer {
  let crc = 0;
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
  const data = deflateRawSync(Buffer.concat(Array(times).fill(chunk)), { level: 9 });
  const size = chunk.length * times;
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(fileName.length, 28);
  const cdOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe("roster files that try to hurt the server", () => {
  it("refuses a zip bomb before any XML parser sees it; the server stays up", async () => {
    const bomb = zipOf("xl/worksheets/sheet1.xml", Buffer.alloc(1 << 20, 0x20), 260);
    expect(bomb.length).toBeLessThan(1_000_000);
    const response = await upload(server, bomb, "炸弹.xlsx");
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toMatch(/压缩炸弹/);
    await healthy();
  }, 60_000);

  it("refuses a 50 MB file on its declared length, before reading it", async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x61);
    const response = await upload(server, big, "大文件.csv");
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toMatch(/40 MB 上限/);
    await healthy();
  });

  it("refuses an upload without the CSRF header or outside the user's district", async () => {
    const csv = Buffer.from("姓名,职业技能等级\n张三,技师\n");
    expect((await upload(server, csv, "a.csv", { csrf: false })).statusCode).toBe(403);
    expect((await upload(server, csv, "a.csv", { regionCode: "420102" })).statusCode).toBe(403);
  });

  it("reads a GB18030 CSV with Chinese headers", async () => {
    const text =
      "姓名,身份证号,职业技能等级,所在区,称号\r\n张三,110101199003074514,高级技师,420112,武汉工匠\r\n";
    const response = await upload(server, gb18030(text), "名单.csv");
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview.encoding).toBe("gb18030");
    expect(preview.header).toEqual(["姓名", "身份证号", "职业技能等级", "所在区", "称号"]);
    expect(preview.sample[0]).toEqual([
      "张三",
      "110101199003074514",
      "高级技师",
      "420112",
      "武汉工匠",
    ]);
    const { runId } = await server.api.roster.start({
      uploadId: preview.uploadId,
      regionCode: "420112",
      mapping: preview.mapping,
      asOf: "2024-06-01",
    });
    const run = await finished(server.api, runId);
    expect(run.status).toBe("done");
    const { rows } = await server.api.roster.rows({ runId });
    expect(rows[0]).toMatchObject({ name: "张三", identityNumber: "110101199003074514" });
    expect(rows[0]!.entitlements.map((e) => e.matter)).toContain("wuhan-craftsman-award");
  });

  it("never evaluates formulas and escapes them in the exported list", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名单");
    sheet.addRow(["姓名", "职业技能等级", "称号", "工作单位"]);
    sheet.addRow([
      { formula: 'HYPERLINK("http://evil.example","点我")', result: "=点我" },
      "技师",
      "武汉工匠",
      "@SUM(1+1)",
    ]);
    sheet.addRow(["李四", { formula: '"高级"&"技师"' }, "武汉工匠", "-2+3"]);
    for (let i = 0; i < 2_000; i++)
      sheet.addRow([`王${i}`, { formula: `A${i + 2}&"x"` }, "", { formula: "1/0" }]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(server, buffer, "公式.xlsx");
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    const mapping = {
      ...preview.mapping,
      columns: { ...preview.mapping.columns, 工作单位: "attribute" },
    };
    const { runId } = await server.api.roster.start({
      uploadId: preview.uploadId,
      regionCode: "420112",
      mapping,
      asOf: "2024-06-01",
    });
    const run = await finished(server.api, runId);
    expect(run.status).toBe("done");
    // the formula without a cached result is text, not a computed 高级技师: listed as unknown
    const unknown = (run.summary as { unknown: { value: string; lines: number[] }[] }).unknown;
    expect(unknown).toContainEqual(
      expect.objectContaining({ value: '="高级"&"技师"', lines: expect.arrayContaining([3]) }),
    );
    const { listId } = await server.api.roster.confirm({ runId });
    const exported = await server.app.inject({
      url: `/api/roster/lists/${listId}/export?format=csv`,
      headers: { cookie: server.cookie },
    });
    expect(exported.statusCode).toBe(200);
    const lines = exported.body.split("\n");
    const first = lines.find((l) => l.includes("点我"))!;
    expect(first.startsWith("2,行2,'=点我,")).toBe(true);
    expect(first).toContain(",'@SUM(1+1),");
    expect(exported.body).not.toMatch(/(^|,)[=+\-@]/m);
    await healthy();
  }, 60_000);
});
