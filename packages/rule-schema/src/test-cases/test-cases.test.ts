import { describe, expect, it } from "vitest";
import { evaluate } from "../engine/evaluate.ts";
import { smallProgram } from "../examples/small-program.ts";
import type { Program } from "../schema/program.ts";
import type { TestCase } from "../schema/test-case.ts";
import { validateProgram } from "../schema/validate.ts";
import {
  exportTestCasesCsv,
  exportTestCasesJson,
  importTestCasesCsv,
  importTestCasesJson,
} from "./exchange.ts";
import { failuresByBenefit, runTestCases } from "./run.ts";
import { benefitCheckText, testCaseFromResult, testRunFailureLines } from "./sentences.ts";

const expert: TestCase = {
  id: "expert",
  name: "示例市技术能手",
  asOf: "2024-06-01",
  profile: {
    id: "expert",
    kind: "person",
    regionCode: "420102",
    facts: { titles: ["example-technical-expert"] },
  },
  expected: [
    { benefit: "expert-award", amountFen: 500000 },
    { benefit: "expert-award-match", amountFen: 500000 },
  ],
};
const nobody: TestCase = {
  id: "nobody",
  name: "无称号",
  asOf: "2024-06-01",
  profile: { id: "nobody", kind: "person", regionCode: "420102", facts: {} },
  expected: [],
};

function program(testCases: TestCase[] = [expert, nobody]): Program {
  const checked = validateProgram({ ...smallProgram, testCases });
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.value;
}

/** the program with the technical-expert award changed to `fen` */
function withExpertAward(fen: number): Program {
  const p = structuredClone(program());
  const benefit = p.clauses.flatMap((c) => c.benefits).find((b) => b.id === "expert-award")!;
  benefit.amount = { kind: "fixed", fen };
  return p;
}

describe("test cases in the program", () => {
  it("validates: ids unique, each benefit once", () => {
    const twice = validateProgram({ ...smallProgram, testCases: [expert, expert] });
    expect(twice.ok).toBe(false);
    expect(twice.issues.map((i) => i.path)).toContain("testCases.1.id");
    const bad = validateProgram({
      ...smallProgram,
      testCases: [{ ...expert, asOf: "2024-02-30" }],
    });
    expect(bad.issues.map((i) => i.path)).toContain("testCases.0.asOf");
  });

  it("passes when the program pays what the cases expect, including nothing", () => {
    const run = runTestCases(program());
    expect(run.error).toBeNull();
    expect(run.outcomes.map((o) => o.pass)).toEqual([true, true]);
    expect(run.passed).toBe(2);
  });

  it("a changed amount fails on the benefits it concerns, with expected vs actual and the clause", () => {
    const run = runTestCases(withExpertAward(300000));
    expect(run.failed).toBe(1);
    const failures = failuresByBenefit(run);
    // the award and its 1:1 match both move
    expect([...failures.keys()].sort()).toEqual(["expert-award", "expert-award-match"]);
    const { check } = failures.get("expert-award")![0]!;
    expect(check).toMatchObject({ expectedFen: 500000, actualFen: 300000, citation: "二（三）1." });
    expect(benefitCheckText(check)).toBe("二（三）1. 示例市技术能手奖励：预期5000元，实际3000元");
    expect(testRunFailureLines(run)).toHaveLength(2);
  });

  it("a benefit paid but not expected, or expected but gone, fails", () => {
    const paysNobody = structuredClone(program());
    const award = paysNobody.clauses
      .flatMap((c) => c.benefits)
      .find((b) => b.id === "expert-award")!;
    delete award.conditions;
    const run = runTestCases(paysNobody);
    const nobodyOutcome = run.outcomes.find((o) => o.testCase.id === "nobody")!;
    expect(nobodyOutcome.pass).toBe(false);
    expect(nobodyOutcome.checks[0]).toMatchObject({ expectedFen: null, actualFen: 500000 });

    const gone = validateProgram({
      ...smallProgram,
      testCases: [{ ...nobody, expected: [{ benefit: "no-such-benefit", amountFen: 1 }] }],
    });
    expect(gone.ok).toBe(true);
    const goneRun = runTestCases(gone.ok ? gone.value : program());
    expect(benefitCheckText(goneRun.outcomes[0]!.checks[0]!)).toContain("方案中已不存在");
  });

  it("an invalid draft reports the error instead of throwing", () => {
    const broken = structuredClone(program());
    broken.clauses[0]!.id = broken.clauses[1]!.id;
    const run = runTestCases(broken);
    expect(run.error).toMatch(/./);
    expect(run.outcomes).toEqual([]);
  });

  it("saving the current result as a case makes a case that passes, and fails after a change", () => {
    const p = program([]);
    const result = evaluate([p], expert.profile, expert.asOf);
    const saved = testCaseFromResult(
      p,
      { name: "新用例", profile: expert.profile, asOf: expert.asOf },
      result,
    );
    expect(saved.id).toBe("case-1");
    expect(saved.expected.map((e) => e.amountFen)).toEqual([500000, 500000]);
    expect(runTestCases(p, { cases: [saved] }).passed).toBe(1);
    expect(runTestCases(withExpertAward(1), { cases: [saved] }).failed).toBe(1);
  });
});

describe("test case import and export", () => {
  const cases = [expert, { ...nobody, note: '含逗号, 引号"和\n换行' }];

  it("JSON round trip", () => {
    const back = importTestCasesJson(exportTestCasesJson("example-city-craftsman", cases));
    expect(back.issues).toEqual([]);
    expect(back.cases).toEqual(cases);
  });

  it("CSV round trip with Chinese headers", () => {
    const csv = exportTestCasesCsv(cases);
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFF编号,名称,计算日期,对象类型,行政区划代码,姓名,申请人情况,预期待遇,备注",
    );
    expect(csv).toContain("expert-award=5000元；expert-award-match=5000元");
    const back = importTestCasesCsv(csv);
    expect(back.issues).toEqual([]);
    expect(back.cases).toEqual(cases);
  });

  it("CSV: amounts in 元 to the fen, tiers, 按规定 and 无", () => {
    const csv = [
      "编号,名称,计算日期,对象类型,行政区划代码,申请人情况,预期待遇",
      "a,甲,2024-06-01,person,420102,{},craftsman-award/grand=100000.5元；x=按规定",
      "b,乙,2024-06-01,person,420102,,无",
    ].join("\n");
    const back = importTestCasesCsv(csv);
    expect(back.issues).toEqual([]);
    expect(back.cases[0]!.expected).toEqual([
      { benefit: "craftsman-award", tier: "grand", amountFen: 10000050 },
      { benefit: "x", amountFen: "unspecified" },
    ]);
    expect(back.cases[1]!.expected).toEqual([]);
  });

  it("CSV: bad rows are reported by line, good rows still imported", () => {
    const csv = [
      "编号,名称,计算日期,对象类型,行政区划代码,申请人情况,预期待遇",
      "a,甲,2024-06-01,person,420102,{},award=十万",
      "b,乙,2024-13-01,person,420102,{},无",
      "c,丙,2024-06-01,person,420102,{},无",
    ].join("\n");
    const back = importTestCasesCsv(csv);
    expect(back.cases.map((c) => c.id)).toEqual(["c"]);
    expect(back.issues.map((i) => i.at)).toEqual([2, 3]);
    expect(back.issues[1]!.message).toMatch(/^第3行/);
    expect(importTestCasesCsv("名称\n甲").issues[0]!.message).toMatch(/缺少列/);
  });
});
