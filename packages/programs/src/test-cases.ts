import type { Program, TestCase, TestCaseExpectation } from "@jiangce/rule-schema";

// The seed programs' worked cases (cases.json, format: tests/worked-cases/case-format.ts) as the
// programs' own test cases, so a seeded district opens its program with its tests already there.
// A test case states everything THIS program pays, so only cases about this program alone whose
// expected list is complete become test cases; cross-program and partial cases stay worked cases.

interface WorkedEntitlement {
  programId: string;
  matter: string;
  benefit?: string;
  tier?: string;
  amountFen: number | "unspecified";
}
interface WorkedCase {
  id: string;
  title: string;
  asOf: string;
  programs: string[];
  profile: TestCase["profile"];
  reading?: string;
  expected: { entitlements: WorkedEntitlement[]; complete: boolean };
}

/** The worked cases of one file that can stand as the program's test cases. */
export function testCasesFromWorkedCases(program: Program, file: unknown): TestCase[] {
  const cases = (file as { cases: WorkedCase[] }).cases;
  const benefitOfMatter = new Map<string, string>();
  for (const clause of program.clauses)
    for (const b of clause.benefits) benefitOfMatter.set(b.matter, b.id);
  return cases
    .filter((c) => c.expected.complete && c.programs.length === 1 && c.programs[0] === program.id)
    .map((c) => {
      const expected: TestCaseExpectation[] = [];
      for (const e of c.expected.entitlements) {
        if (e.programId !== program.id) continue;
        const benefit = e.benefit ?? benefitOfMatter.get(e.matter);
        if (benefit === undefined) throw new Error(`${c.id}: no benefit for matter ${e.matter}`);
        const same = expected.find((x) => x.benefit === benefit);
        if (same) {
          same.amountFen =
            same.amountFen === "unspecified" || e.amountFen === "unspecified"
              ? "unspecified"
              : same.amountFen + e.amountFen;
        } else
          expected.push({ benefit, ...(e.tier ? { tier: e.tier } : {}), amountFen: e.amountFen });
      }
      return {
        id: c.id,
        name: c.title,
        asOf: c.asOf,
        profile: { ...c.profile, id: c.id },
        expected,
        note: c.reading
          ? `取自逐条核对的计算示例（cases.json）。${c.reading}`
          : "取自逐条核对的计算示例（cases.json）",
      };
    });
}
