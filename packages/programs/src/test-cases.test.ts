import { runTestCases, testRunFailureLines } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { seedProgramDocuments } from "./index.ts";

// The seed programs' worked cases, as the programs' own test cases, pass under the engine:
// the conversion kept every expectation (a lost or mis-keyed benefit would fail here).
describe("seed programs carry their worked cases as test cases", () => {
  const programs = seedProgramDocuments();

  it.each(programs.map((p) => [p.id, p] as const))("%s: every test case passes", (_id, program) => {
    const cases = program.testCases ?? [];
    expect(cases.length).toBeGreaterThan(10);
    const run = runTestCases(program);
    expect(run.error).toBeNull();
    expect(testRunFailureLines(run)).toEqual([]);
    expect(run.passed).toBe(cases.length);
  });

  it("衢州: changing one tier amount fails exactly the cases of that tier", () => {
    const quzhou = structuredClone(programs.find((p) => p.id === "quzhou-craftsman-2021")!);
    const award = quzhou.clauses
      .flatMap((c) => c.benefits)
      .find((b) => b.id === "craftsman-award")!;
    const grand = award.tiers!.find((t) => t.id === "grand")!;
    grand.amount = { kind: "fixed", fen: 12000000 };
    const run = runTestCases(quzhou);
    const grandCases = (quzhou.testCases ?? []).filter((c) =>
      c.expected.some((e) => e.benefit === "craftsman-award" && e.tier === "grand"),
    );
    expect(grandCases.length).toBeGreaterThan(0);
    expect(run.outcomes.filter((o) => !o.pass).map((o) => o.testCase.id)).toEqual(
      grandCases.map((c) => c.id),
    );
  });
});
