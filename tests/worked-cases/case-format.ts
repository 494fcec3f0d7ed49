import { z } from "zod";

// The format of a worked-cases file (packages/programs/src/<program>/cases.json).
// A case is a profile, a date and the entitlements a careful reader of the policy text
// expects, worked by hand. Every expected line cites the sentence it comes from, so a
// reviewer can check the expectation against the text without reading the engine.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** One expected entitlement: what is paid (or granted), under which clause, by whom. */
export const expectedEntitlementSchema = z.object({
  programId: z.string(),
  /** The clause citation as the text numbers it, e.g. "二（一）3." */
  clause: z.string(),
  matter: z.string(),
  /** The benefit id inside the program (optional when the matter has one benefit). */
  benefit: z.string().optional(),
  /** The tier id when the benefit has tiers. */
  tier: z.string().optional(),
  /** Integer fen, or "unspecified" where the text grants money without an amount. */
  amountFen: z.union([z.number().int().nonnegative(), z.literal("unspecified")]),
  payer: z.enum(["government", "employer"]),
  /** When given: the figure is (true) or is not (false) a ceiling (最高/不超过, decided case by case). */
  upTo: z.boolean().optional(),
  /** When given: how often it is paid. */
  period: z.enum(["once", "per-year", "per-month", "per-occasion"]).optional(),
  /** The sentence of the policy text this expectation comes from (verbatim quote). */
  source: z.string().min(4),
  /** How the amount was worked out by hand, e.g. "12 × 3000元 = 36000元". */
  working: z.string().optional(),
});

/** A candidate the engine must show as excluded (就高、从新就高, expired ...). */
export const expectedExclusionSchema = z.object({
  programId: z.string(),
  clause: z.string().optional(),
  matter: z.string(),
  benefit: z.string().optional(),
  tier: z.string().optional(),
  /** Why, in the reader's words; the runner checks the candidate is excluded, not the wording. */
  reason: z.string(),
  source: z.string().min(4),
});

export const workedCaseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  /** The date the entitlements are computed for. */
  asOf: isoDate,
  /** Program ids evaluated together; several for cross-program cases. */
  programs: z.array(z.string()).min(1),
  profile: z.object({
    id: z.string(),
    kind: z.string(),
    regionCode: z.string().regex(/^\d{6}$/),
    facts: z.record(z.string(), z.unknown()),
  }),
  /** Which reading of an ambiguous sentence this case takes, and where the alternative is configured. */
  reading: z.string().optional(),
  expected: z.object({
    /** Money entitlements (amounts or "unspecified"). */
    entitlements: z.array(expectedEntitlementSchema),
    /**
     * true: the list above is every money entitlement the profile has under these programs.
     * false: only the listed ones are asserted (others may exist).
     */
    complete: z.boolean(),
    excluded: z.array(expectedExclusionSchema).default([]),
    /** Non-monetary treatments/titles expected (benefit or treatment ids), asserted present. */
    treatments: z.array(z.string()).default([]),
    /** Treatments that must NOT be granted (e.g. 正高级职称直报 for someone who already has 高级职称). */
    treatmentsAbsent: z.array(z.string()).default([]),
    /** true when every program is out of force on asOf and nothing may be granted. */
    nothingInForce: z.boolean().optional(),
  }),
});

export const workedCaseFileSchema = z.object({
  /** The program this file mainly exercises. */
  programId: z.string(),
  cases: z.array(workedCaseSchema).min(1),
});

export type WorkedCase = z.infer<typeof workedCaseSchema>;
export type WorkedCaseFile = z.infer<typeof workedCaseFileSchema>;
