import { compile } from "../engine/compile.ts";
import { evaluate } from "../engine/evaluate.ts";
import type { CompiledProgramSet, CompileOptions, EvaluationResult } from "../engine/types.ts";
import { EngineError } from "../errors/engine-error.ts";
import type { Program } from "../schema/program.ts";
import type { TestCase, TestCaseExpectation } from "../schema/test-case.ts";

/*
 * Runs a program's own test cases with the engine: the program is compiled once, alone (a
 * test case states what THIS program pays), and each case is evaluated on its date. Every
 * benefit that is expected or paid gets a check with expected vs actual and its clause.
 */

export type CaseAmount = number | "unspecified";

/** One benefit of one case: what was expected and what the engine pays now. */
export interface BenefitCheck {
  benefitId: string;
  /** the benefit as the program has it now; null when the program no longer has it */
  label: string | null;
  clauseId: string | null;
  citation: string | null;
  expectedFen: CaseAmount | null;
  actualFen: CaseAmount | null;
  expectedTier: string | null;
  actualTier: string | null;
  /** the tiers' labels as the program has them now (衢州工匠), null when unknown */
  expectedTierLabel: string | null;
  actualTierLabel: string | null;
  pass: boolean;
}

export interface TestCaseOutcome {
  testCase: TestCase;
  pass: boolean;
  /** failed checks first, then passed ones; both in document order */
  checks: BenefitCheck[];
}

export interface TestRun {
  /** the program could not be compiled (invalid draft): no case ran */
  error: string | null;
  outcomes: TestCaseOutcome[];
  passed: number;
  failed: number;
}

interface BenefitInfo {
  label: string;
  clauseId: string;
  citation: string;
  order: number;
  tiers: Map<string, string>;
}

function benefitIndex(program: Program): Map<string, BenefitInfo> {
  const index = new Map<string, BenefitInfo>();
  for (const clause of program.clauses)
    for (const b of clause.benefits)
      index.set(b.id, {
        label: b.label,
        clauseId: clause.id,
        citation: clause.citation,
        order: index.size,
        tiers: new Map((b.tiers ?? []).map((t) => [t.id, t.label])),
      });
  return index;
}

/** What this program pays in a result, per benefit (amounts of several lines summed). */
export function paidByBenefit(
  result: EvaluationResult,
  programId: string,
): Map<string, { fen: CaseAmount; tier: string | null }> {
  const paid = new Map<string, { fen: CaseAmount; tier: string | null }>();
  for (const e of result.entitlements) {
    if (e.ref.programId !== programId) continue;
    const before = paid.get(e.ref.benefitId);
    const fen: CaseAmount =
      before === undefined
        ? e.amount
        : before.fen === "unspecified" || e.amount === "unspecified"
          ? "unspecified"
          : before.fen + e.amount;
    paid.set(e.ref.benefitId, { fen, tier: before?.tier ?? e.tier?.id ?? null });
  }
  return paid;
}

/** Compares one case's expectations with an evaluation of the program. */
export function checkTestCase(
  program: Program,
  testCase: TestCase,
  result: EvaluationResult,
  index: Map<string, BenefitInfo> = benefitIndex(program),
): TestCaseOutcome {
  const paid = paidByBenefit(result, program.id);
  const expected = new Map<string, TestCaseExpectation>(
    testCase.expected.map((e) => [e.benefit, e]),
  );
  const ids = [...new Set([...expected.keys(), ...paid.keys()])];
  const checks = ids.map((benefitId): BenefitCheck => {
    const want = expected.get(benefitId);
    const got = paid.get(benefitId);
    const info = index.get(benefitId);
    const tierOk = want?.tier === undefined || want.tier === (got?.tier ?? null);
    return {
      benefitId,
      label: info?.label ?? null,
      clauseId: info?.clauseId ?? null,
      citation: info?.citation ?? null,
      expectedFen: want?.amountFen ?? null,
      actualFen: got?.fen ?? null,
      expectedTier: want?.tier ?? null,
      actualTier: got?.tier ?? null,
      expectedTierLabel: (want?.tier && info?.tiers.get(want.tier)) || null,
      actualTierLabel: (got?.tier && info?.tiers.get(got.tier)) || null,
      pass: want !== undefined && got !== undefined && want.amountFen === got.fen && tierOk,
    };
  });
  const order = (c: BenefitCheck) => (c.pass ? 1e9 : 0) + (index.get(c.benefitId)?.order ?? 1e6);
  checks.sort((a, b) => order(a) - order(b));
  return { testCase, pass: checks.every((c) => c.pass), checks };
}

/**
 * Runs every test case of the program (or the ones given). Never throws for a bad draft:
 * the compile error comes back as `error`, with no outcomes.
 */
export function runTestCases(
  program: Program,
  options: CompileOptions & { cases?: readonly TestCase[]; compiled?: CompiledProgramSet } = {},
): TestRun {
  const cases = options.cases ?? program.testCases ?? [];
  let compiled: CompiledProgramSet;
  try {
    compiled = options.compiled ?? compile([program], options);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return { error: error.message, outcomes: [], passed: 0, failed: 0 };
  }
  const index = benefitIndex(program);
  const outcomes = cases.map((tc) =>
    checkTestCase(program, tc, evaluate(compiled, tc.profile, tc.asOf), index),
  );
  const passed = outcomes.filter((o) => o.pass).length;
  return { error: null, outcomes, passed, failed: outcomes.length - passed };
}

/** The failed checks of a run, per benefit id: what the workspace marks on each benefit. */
export function failuresByBenefit(
  run: TestRun,
): Map<string, { testCase: TestCase; check: BenefitCheck }[]> {
  const byBenefit = new Map<string, { testCase: TestCase; check: BenefitCheck }[]>();
  for (const o of run.outcomes)
    for (const check of o.checks) {
      if (check.pass) continue;
      const list = byBenefit.get(check.benefitId) ?? [];
      list.push({ testCase: o.testCase, check });
      byBenefit.set(check.benefitId, list);
    }
  return byBenefit;
}
