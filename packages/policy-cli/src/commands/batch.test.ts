import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.ts";
import { tempFiles } from "../test-files.ts";
import { batchCommand } from "./batch.ts";

const medallist = {
  id: "a",
  kind: "person",
  regionCode: "420106",
  facts: { competitions: [{ event: "worldskills", medal: "gold", year: 2022 }] },
};
const outsider = { id: "b", kind: "person", regionCode: "110101", facts: {} };
const quzhouCraftsman = {
  id: "c",
  kind: "person",
  regionCode: "330802",
  facts: { titles: ["quzhou-craftsman"] },
};

const ndjson = (...rows: unknown[]) =>
  rows.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n");

describe("policy batch", () => {
  it("streams an NDJSON roster to NDJSON results, one line per profile", async () => {
    const dir = await tempFiles({ "roster.ndjson": ndjson(medallist, outsider, quzhouCraftsman) });
    const c = captureIo();
    expect(
      await batchCommand({ roster: join(dir, "roster.ndjson"), asOf: "2024-06-01" }, c.io),
    ).toBe(0);
    const lines = c
      .stdout()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.profileId, l.totalFen])).toEqual([
      ["a", 30_000_000],
      ["b", 0],
      ["c", 2_000_000],
    ]);
    expect(c.err()).toContain("已处理 3 份档案");
    expect(c.err()).toContain("其中 2 份有资金待遇");
  });

  it("reads a CSV roster typed by the fact catalogue and writes CSV to a file", async () => {
    const csv = [
      "id,kind,regionCode,titles,competitions",
      'a,person,420106,,"[{""event"":""worldskills"",""medal"":""gold"",""year"":2022}]"',
      "c,person,330802,quzhou-craftsman|enterprise-chief-technician,",
    ].join("\n");
    const dir = await tempFiles({ "roster.csv": csv });
    const out = join(dir, "out.csv");
    const c = captureIo();
    expect(
      await batchCommand({ roster: join(dir, "roster.csv"), out, asOf: "2024-06-01" }, c.io),
    ).toBe(0);
    const rows = (await readFile(out, "utf8")).trim().split("\n");
    expect(rows[0]).toMatch(/^profileId,programId,citation,benefitId/);
    expect(
      rows.some(
        (r) => r.startsWith("a,wuhan-craftsman-cultivation,二(三)1.,") && r.includes(",30000000,"),
      ),
    ).toBe(true);
    expect(
      rows.some((r) => r.startsWith("c,quzhou-craftsman-2021,") && r.includes(",2000000,")),
    ).toBe(true);
    expect(c.err()).toContain(`结果已写入 ${out}`);
  });

  it("converts between formats with --format", async () => {
    const dir = await tempFiles({ "roster.ndjson": ndjson(medallist) });
    const c = captureIo();
    await batchCommand(
      { roster: join(dir, "roster.ndjson"), format: "csv", asOf: "2024-06-01" },
      c.io,
    );
    expect(c.stdout().split("\n")[1]).toMatch(/^a,wuhan-craftsman-cultivation,/);
  });

  it("reports bad lines in the output with their line number, keeps going, and exits 1", async () => {
    const dir = await tempFiles({
      "roster.ndjson": ndjson(
        medallist,
        "not json",
        { id: "r", kind: "robot", regionCode: "420106" },
        outsider,
      ),
    });
    const c = captureIo();
    expect(
      await batchCommand({ roster: join(dir, "roster.ndjson"), asOf: "2024-06-01" }, c.io),
    ).toBe(1);
    const lines = c
      .stdout()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[2].line).toBe(3);
    expect(JSON.stringify(lines[2].error)).toContain("对象类型 kind 应为");
    expect(lines[3].profileId).toBe("b");
    expect(c.err()).toContain("2 行有误");
  });

  it("refuses a roster whose format it cannot tell", async () => {
    const dir = await tempFiles({ "roster.txt": ndjson(medallist) });
    await expect(batchCommand({ roster: join(dir, "roster.txt") }, captureIo().io)).rejects.toThrow(
      "无法从扩展名判断名单格式",
    );
  });
});
