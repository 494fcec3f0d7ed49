import { formatFen } from "../engine/money.ts";
import type { EvaluationResult } from "../engine/types.ts";
import type { Profile } from "../schema/profile.ts";
import type { Program } from "../schema/program.ts";
import type { TestCase } from "../schema/test-case.ts";
import { type BenefitCheck, type CaseAmount, paidByBenefit, type TestRun } from "./run.ts";

/** 10万元 / 按规定 / 不享受: how a test case amount reads. */
export function formatCaseAmount(amount: CaseAmount | null): string {
  if (amount === null) return "不享受";
  return amount === "unspecified" ? "按规定（金额未定）" : formatFen(amount);
}

/**
 * One check as a sentence for the drafter and the reviewer:
 * 二（一）2. 衢州工匠经费支持：预期10万元（衢州大工匠档），实际6万元（衢州杰出工匠档）.
 */
export function benefitCheckText(check: BenefitCheck): string {
  const where = check.citation ? `${check.citation} ` : "";
  const what = check.label ?? `待遇 ${check.benefitId}（方案中已不存在）`;
  const tier = (id: string | null, label: string | null) => (id ? `（${label ?? id}档）` : "");
  const expected = `${formatCaseAmount(check.expectedFen)}${tier(check.expectedTier, check.expectedTierLabel)}`;
  const actual = `${formatCaseAmount(check.actualFen)}${tier(check.actualTier, check.actualTierLabel)}`;
  return `${where}${what}：预期${expected}，实际${actual}`;
}

/** 测试用例：12个通过，2个未通过 — or why none ran. */
export function testRunSummary(run: TestRun): string {
  if (run.error !== null) return `方案有错误，测试用例未运行：${run.error}`;
  if (run.outcomes.length === 0) return "尚无测试用例";
  return run.failed === 0
    ? `测试用例全部通过（${run.passed}个）`
    : `测试用例：${run.passed}个通过，${run.failed}个未通过`;
}

/** The failures of a run as lines (recorded with a submission for the reviewer). */
export function testRunFailureLines(run: TestRun): string[] {
  const lines: string[] = [];
  for (const o of run.outcomes)
    for (const c of o.checks)
      if (!c.pass) lines.push(`「${o.testCase.name}」${benefitCheckText(c)}`);
  return lines;
}

/** A fresh kebab-case id for a new case of this program (case-1, case-2, …). */
export function nextTestCaseId(program: Program): string {
  const taken = new Set((program.testCases ?? []).map((t) => t.id));
  let n = taken.size + 1;
  while (taken.has(`case-${n}`)) n++;
  return `case-${n}`;
}

/** "Save as test case": the simulator's profile and date with what the program pays now. */
export function testCaseFromResult(
  program: Program,
  input: { name: string; profile: Profile; asOf: string; id?: string; note?: string },
  result: EvaluationResult,
): TestCase {
  const expected = [...paidByBenefit(result, program.id)].map(([benefit, paid]) => ({
    benefit,
    ...(paid.tier === null ? {} : { tier: paid.tier }),
    amountFen: paid.fen,
  }));
  const id = input.id ?? nextTestCaseId(program);
  return {
    id,
    name: input.name,
    asOf: input.asOf,
    // the case id doubles as the profile id, as the CSV exchange keeps it
    profile: { ...input.profile, id },
    expected,
    ...(input.note ? { note: input.note } : {}),
  };
}
