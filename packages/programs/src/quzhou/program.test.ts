import { describe, expect, it } from "vitest";
import { programFileChecks, type WorkedCase } from "../testing/program-file-checks.ts";
import {
  type ProgramDocument,
  readJson,
  readText,
  uncoveredSentences,
} from "../testing/text-coverage.ts";

const program = readJson<ProgramDocument>(new URL("./program.json", import.meta.url));
const source = readText(new URL("./source.txt", import.meta.url));
const cases = readJson<{ cases: WorkedCase[] }>(new URL("./cases.json", import.meta.url));

describe("衢州 program file", () => {
  programFileChecks({
    program,
    source,
    cases: cases.cases,
    otherPrograms: [
      readJson(new URL("../quzhou-legacy/program.json", import.meta.url)),
      readJson(new URL("../quzhou-legacy/zhejiang-fixture.json", import.meta.url)),
    ],
  });

  it("turns every sentence that names an amount of money into a benefit", () => {
    const money = /\d+(?:\.\d+)?万?元|上浮\d+%|1:1配套|结余部分\d+%/u;
    expect(uncoveredSentences(program, source, money, ["benefit"])).toEqual([]);
  });

  it("turns every sentence granting a subsidy, treatment or title into a benefit or treatment", () => {
    const grant =
      /补贴|补助|资助|津贴|奖励|报酬|优先|倾斜|颁发证书|比照|同等待遇|免于|职称评审|培训券|享受相应政策/u;
    expect(uncoveredSentences(program, source, grant, ["benefit", "treatment"])).toEqual([]);
  });

  it("turns every dated or numbered target into a target or an annex task", () => {
    const target = /到2025年|\d+(?:万)?(?:人次|名|个|家|所)|\d+%左右|\d+倍/u;
    const uncovered = uncoveredSentences(program, source, target, ["target", "benefit"]);
    expect(uncovered).toEqual([]);
  });

  it("carries the 附件 task table as data: 18 rows, each with lead units and a yearly target", () => {
    const annex = program.annexes?.[0] as unknown as {
      clauseId: string;
      tasks: Array<{
        seq: number;
        content: string;
        lead: string[];
        support: string[];
        targets: Array<{ value: number; perYear: boolean; byDate: string }>;
      }>;
    };
    expect(annex.clauseId).toBe("golden-blue-collar");
    expect(annex.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const byRow = Object.fromEntries(annex.tasks.map((t) => [t.seq, t]));
    expect(byRow[1]?.targets[0]?.value).toBe(50_000);
    expect(byRow[11]?.lead).toEqual(["市人力社保局", "市教育局"]);
    expect(byRow[17]?.targets[0]?.value).toBe(20_000);
    for (const task of annex.tasks) {
      expect(task.lead.length).toBeGreaterThan(0);
      expect(task.targets[0]?.perYear).toBe(true);
      expect(task.targets[0]?.byDate).toBe("2025-12-31");
      expect(source.includes(task.content)).toBe(true);
    }
    const yearly = annex.tasks.reduce((sum, t) => sum + (t.targets[0]?.value ?? 0), 0);
    expect(yearly).toBe(110_194);
  });
});
