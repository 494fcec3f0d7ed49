import { z } from "zod";
import { amountSchema } from "./amount.ts";
import { claimLimitSchema } from "./claim-limit.ts";
import { conditionSchema } from "./condition.ts";
import { idSchema, isoDateSchema, recipientKindSchema } from "./primitives.ts";
import { quotaSchema } from "./quota.ts";

/** One rung of a tiered benefit; the highest qualifying tier is paid (就高). */
export const tierSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1, "请填写档次名称"),
  conditions: conditionSchema.optional(),
  amount: amountSchema,
  /** places for this tier (用五年时间 10名左右大工匠、50名左右杰出工匠…) */
  quota: quotaSchema.optional(),
});
export type Tier = z.infer<typeof tierSchema>;

export const periods = ["once", "per-year", "per-month", "per-occasion"] as const;
export const periodSchema = z.enum(periods, {
  error: "发放周期应为 once（一次性）/per-year（每年）/per-month（每月）/per-occasion（每次）之一",
});
export type Period = z.infer<typeof periodSchema>;
export const periodLabels: Record<Period, string> = {
  once: "一次性",
  "per-year": "每年",
  "per-month": "每月",
  "per-occasion": "每次",
};

export const payerSchema = z.enum(["government", "employer", "other"], {
  error: "支付方应为 government（政府财政）/employer（所在单位）/other 之一",
});
export type Payer = z.infer<typeof payerSchema>;
export const payerLabels: Record<Payer, string> = {
  government: "政府财政",
  employer: "所在单位",
  other: "其他",
};

/**
 * A monetary benefit inside a clause. Exactly one of `amount` or `tiers`.
 * `matter` names the 事项; precedence compares benefits of the same matter, also across
 * programs (use the same matter key in two programs to make them compete).
 */
export const benefitSchema = z
  .strictObject({
    id: idSchema,
    matter: idSchema,
    label: z.string().min(1, "请填写待遇名称"),
    recipient: z.union([recipientKindSchema, z.array(recipientKindSchema).min(1)]),
    payer: payerSchema.default("government"),
    /** 资金来源: 人才专项资金、就业补助资金 … */
    funding: z.string().optional(),
    conditions: conditionSchema.optional(),
    period: periodSchema.default("once"),
    amount: amountSchema.optional(),
    tiers: z.array(tierSchema).min(1, "tiers 至少要有一个档次").optional(),
    /** benefits of one program sharing this key: only the highest is paid (就高、不重复享受) */
    exclusiveGroup: idSchema.optional(),
    quota: quotaSchema.optional(),
    /** how often it may be claimed, read from the profile's claims history (每人每年可享受1次) */
    claimLimit: claimLimitSchema.optional(),
    /** last day (inclusive) this benefit can be granted, if the clause says so */
    deadline: isoDateSchema.optional(),
    /** the sentence of the clause text that grants it, verbatim (must occur in clause.text) */
    quote: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.amount === undefined) === (b.tiers === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: "amount（单一金额）与 tiers（分档金额）必须且只能填写一个",
      });
    if (b.tiers) {
      const seen = new Set<string>();
      b.tiers.forEach((t, i) => {
        if (seen.has(t.id))
          ctx.addIssue({
            code: "custom",
            path: ["tiers", i, "id"],
            message: `档次 id “${t.id}” 重复`,
          });
        seen.add(t.id);
      });
    }
  });
export type Benefit = z.infer<typeof benefitSchema>;
export type BenefitInput = z.input<typeof benefitSchema>;
