import { z } from "zod";
import { fenSchema, idSchema, isoDateSchema } from "./primitives.ts";
import { profileSchema } from "./profile.ts";

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
