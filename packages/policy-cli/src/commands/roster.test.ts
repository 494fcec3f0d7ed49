import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { seedProgramFiles } from "@jiangce/programs";
import {
  cliLimits,
  generatedHeader,
  generateRoster,
  runRoster,
  suggestMapping,
} from "@jiangce/roster";
import { xlsxRecords } from "@jiangce/roster/xlsx";
import { factsInScope } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.ts";
import { tempFiles } from "../test-files.ts";
import { rosterCommand } from "./roster.ts";

const mapping = {
  ...suggestMapping(generatedHeader, factsInScope(seedProgramFiles as never)),
  values: { regionCode: { 东西湖区: "420112" } },
};

describe("policy roster", () => {
  it("writes on two worker threads exactly what one thread writes, in file order", async () => {
    const roster = generateRoster(3_000, { malformedEvery: 41 });
    const dir = await tempFiles({
      "r.csv": `${[...roster.lines].join("\n")}\n`,
      "m.json": mapping,
    });
    const c = captureIo();
    const out = join(dir, "out.csv");
    const code = await rosterCommand(
      {
        file: join(dir, "r.csv"),
        mapping: join(dir, "m.json"),
        asOf: "2024-06-01",
        out,
        threads: 2,
      },
      c.io,
    );
    expect(code).toBe(1); // malformed rows were reported
    let inline = "";
    await runRoster({
      path: join(dir, "r.csv"),
      programs: seedProgramFiles,
      mapping,
      asOf: "2024-06-01",
      limits: cliLimits,
      output: "csv",
      identity: false,
      threads: 0,
      onBatch: (o) => {
        inline += o.csv;
      },
    });
    const written = await readFile(out, "utf8");
    expect(written.slice(written.indexOf("\n") + 1)).toBe(inline);
    const lines = written
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => Number(l.split(",")[0]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const failed = [...roster.malformed].filter(([, k]) => k !== "level-unknown").length;
    expect(c.err()).toContain(`已处理 3000 行`);
    expect(c.err()).toContain(`${failed} 行无法计算`);
    expect(c.err()).toMatch(/按方案：\n {2}“武汉工匠”培育计划：\d+ 人/);
    expect(c.err()).toContain("列「职业技能等级」“大师傅”");
  }, 60_000); // worker threads load the TypeScript sources through tsx: seconds on a busy machine

  it("writes an XLSX result with identity numbers when asked, and suggests a mapping without one", async () => {
    const roster = generateRoster(50);
    const dir = await tempFiles({ "r.csv": `${[...roster.lines].join("\n")}\n` });
    const c = captureIo();
    const out = join(dir, "out.xlsx");
    await rosterCommand(
      {
        file: join(dir, "r.csv"),
        region: "420112",
        asOf: "2024-06-01",
        out,
        identity: true,
        threads: 1,
      },
      c.io,
    );
    expect(c.err()).toContain("未指定 --mapping，按表头自动映射");
    const rows = [];
    for await (const batch of xlsxRecords(out, cliLimits)) rows.push(...batch);
    expect(rows[0]!.fields[3]).toBe("身份证号");
    expect(rows[1]!.fields[3]).toMatch(/^\d{17}[\dX]$/);
    expect(rows.length).toBeGreaterThan(50);
  }, 60_000);

  it("reads the value mapping the back office saves: mapped values and 无/不适用 are not unknown", async () => {
    const csv = [
      "姓名,所在区,职业技能等级",
      "张三,420112,大师傅",
      "李四,420112,无",
      "王五,420112,老师傅",
    ];
    const saved = {
      kind: "person",
      columns: { 姓名: "name", 所在区: "regionCode", 职业技能等级: "fact:skillLevel" },
      values: { skillLevel: { 大师傅: "technician", 无: "" } },
      money: "yuan",
    };
    const dir = await tempFiles({ "r.csv": `${csv.join("\n")}\n`, "m.json": saved });
    const c = captureIo();
    const out = join(dir, "out.csv");
    const file = join(dir, "r.csv");
    const options = { file, mapping: join(dir, "m.json"), asOf: "2024-06-01", out, threads: 1 };
    await rosterCommand(options, c.io);
    expect(c.err()).toContain("已处理 3 行");
    expect(c.err()).toContain("列「职业技能等级」“老师傅”");
    expect(c.err()).not.toContain("大师傅");
    expect(c.err()).not.toContain("“无”");
  });

  it("says what is wrong with a missing file or a bad mapping", async () => {
    const dir = await tempFiles({
      "m.json": { columns: { 姓名: "nonsense" } },
      "r.csv": "姓名\n张三\n",
    });
    const c = captureIo();
    await expect(rosterCommand({ file: join(dir, "missing.csv") }, c.io)).rejects.toThrow(
      /找不到名单文件/,
    );
    await expect(
      rosterCommand({ file: join(dir, "r.csv"), mapping: join(dir, "m.json") }, c.io),
    ).rejects.toThrow(/映射文件/);
  });
});
