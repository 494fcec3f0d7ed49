import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.ts";
import { programFile, tempFiles } from "../test-files.ts";
import { validateCommand } from "./validate.ts";

const wuhan = async () => JSON.parse(await readFile(programFile("wuhan"), "utf8"));

describe("policy validate", () => {
  it("passes the built-in seed programs", async () => {
    const c = captureIo();
    expect(await validateCommand({ files: [] }, c.io)).toBe(0);
    expect(c.out()).toContain("全部通过：5 个方案文件");
    expect(c.out()).toContain("“武汉工匠”培育计划");
  });

  it("names the JSON path of each problem and says what to fix, with exit code 1", async () => {
    const broken = await wuhan();
    broken.clauses[2].benefits[0].tiers[0].amount.fen = 5000.5;
    delete broken.clauses[0].text;
    broken.clauses[1].citationX = "二(一)1.";
    const dir = await tempFiles({ "broken.json": broken });
    const c = captureIo();
    expect(await validateCommand({ files: [join(dir, "broken.json")] }, c.io)).toBe(1);
    const out = c.out();
    expect(out).toContain("（方案 wuhan-craftsman-cultivation）：3 处问题");
    expect(out).toContain(
      "$.clauses[2].benefits[0].tiers[0].amount.fen：金额以“分”为单位，应为整数",
    );
    expect(out).toContain("$.clauses[0].text：");
    expect(out).toContain("请补充这个必填字段");
    expect(out).toMatch(/\$\.clauses\[1\]：.*citationX.*请删除该字段/);
  });

  it("reports facts a condition uses without declaring them", async () => {
    const program = await wuhan();
    program.clauses[2].benefits[0].conditions = { fact: "favouriteColour", op: "eq", value: "red" };
    const dir = await tempFiles({ "p.json": program });
    const c = captureIo();
    expect(await validateCommand({ files: [join(dir, "p.json")] }, c.io)).toBe(1);
    expect(c.out()).toContain(
      "$.clauses[2].benefits[0].conditions.fact：未声明的事实 favouriteColour",
    );
  });

  it("locates JSON syntax errors by line and column and keeps checking the other files", async () => {
    const dir = await tempFiles({
      "bad.json": '{"id": "x",\n "title": "t",\n}',
      "ok.json": await wuhan(),
    });
    const c = captureIo();
    const code = await validateCommand(
      { files: [join(dir, "bad.json"), join(dir, "ok.json"), join(dir, "missing.json")] },
      c.io,
    );
    expect(code).toBe(1);
    expect(c.out()).toContain("不是有效的 JSON（第3行第1列附近）");
    expect(c.out()).toContain("找不到方案文件或目录");
    expect(c.out()).toMatch(/✓ .*ok\.json/);
  });

  it("checks files together: the same program id twice is a conflict", async () => {
    const dir = await tempFiles({ "a.json": await wuhan(), "b.json": await wuhan() });
    const c = captureIo();
    expect(await validateCommand({ files: [dir] }, c.io)).toBe(1);
    expect(c.out()).toContain("这些方案放在一起时有冲突");
    expect(c.out()).toContain("wuhan-craftsman-cultivation");
  });
});
