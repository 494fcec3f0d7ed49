import { z } from "zod";
import { fenSchema, idSchema, isoDateSchema } from "./primitives.ts";
import { profileSchema } from "./profile.ts";
import type { Program } from "./program.ts";

/*
 * Test cases stored with the program: a named profile, an as-of date and what the drafter
 * expects this program to pay. Kept inside the program document so they are versioned, copied
 * and reviewed with it. An empty `expected` list means "this program pays nothing".
 */

/** One benefit this program is expected to pay the profile (the amount summed over its lines). */
export const testCaseExpectationSchema = z.strictObject({
  benefit: idSchema,
  /** the tier expected to be paid, when the benefit has tiers (checked when given) */
  tier: idSchema.optional(),
  /** integer fen, or "unspecified" where the text grants money without a figure (按规定) */
  amountFen: z.union([fenSchema, z.literal("unspecified")]),
});
export type TestCaseExpectation = z.infer<typeof testCaseExpectationSchema>;

export const testCaseSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1, "请填写测试用例名称"),
  asOf: isoDateSchema,
  profile: profileSchema,
  /** every money benefit of this program the profile gets; [] = 不享受任何资金待遇 */
  expected: z.array(testCaseExpectationSchema),
  note: z.string().optional(),
});
export type TestCase = z.infer<typeof testCaseSchema>;
export type TestCaseInput = z.input<typeof testCaseSchema>;

type Add = (path: (string | number)[], message: string, code?: string) => void;

/**
 * Test case ids are unique and a case lists each benefit once. A benefit (or tier) the program
 * no longer has is not an error here: the case fails when run, and says so, so that deleting a
 * benefit never blocks the drafter.
 */
export function checkTestCases(program: Program, add: Add): void {
  const seen = new Set<string>();
  (program.testCases ?? []).forEach((tc, ti) => {
    if (seen.has(tc.id)) add(["testCases", ti, "id"], `测试用例编号 ${tc.id} 重复`, "duplicate_id");
    seen.add(tc.id);
    const named = new Set<string>();
    tc.expected.forEach((e, ei) => {
      if (named.has(e.benefit))
        add(["testCases", ti, "expected", ei, "benefit"], `待遇 ${e.benefit} 重复列出`);
      named.add(e.benefit);
    });
  });
}
