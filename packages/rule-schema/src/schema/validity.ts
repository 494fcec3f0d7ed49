import { z } from "zod";
import { isoDateSchema } from "./primitives.ts";

/**
 * Lifecycle dates.
 * effective.from: "issue" (自印发之日起) uses `issued`; "publication" (自公布/发布之日起) uses
 * `published` (falling back to `issued`); "date" uses `effective.date`.
 * expiry: "last-day" (有效期至2027年12月31日, inclusive); "duration" (有效期为5年, counted from
 * the effective date: 2017-09-01 + 5 years → last day 2022-08-31); "open" (no end stated).
 * A draft without dates yields nothing and says so; encode an assumed date together with an
 * entry in program.assumptions when you need to compute with it.
 */
export const effectiveSchema = z
  .strictObject({
    from: z.enum(["issue", "publication", "date"], {
      error: "生效起点 from 应为 issue（印发之日）/publication（公布之日）/date（指定日期）之一",
    }),
    date: isoDateSchema.optional(),
  })
  .refine((e) => e.from !== "date" || e.date !== undefined, {
    path: ["date"],
    message: "from 为 date 时须填写生效日期 date",
  });

export const expirySchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("last-day"), date: isoDateSchema }),
    z
      .strictObject({
        kind: z.literal("duration"),
        years: z.number().int().nonnegative().optional(),
        months: z.number().int().nonnegative().optional(),
      })
      .refine((d) => (d.years ?? 0) + (d.months ?? 0) > 0, {
        message: "有效期时长须填写 years 或 months（大于0）",
      }),
    z.strictObject({ kind: z.literal("open") }),
  ],
  { error: "有效期 expiry.kind 应为 last-day（截止日）/duration（时长）/open（未规定）之一" },
);

export const validitySchema = z.strictObject({
  issued: isoDateSchema.optional(),
  published: isoDateSchema.optional(),
  effective: effectiveSchema,
  expiry: expirySchema,
  /** the sentence of the text (本方案自公布之日起施行，有效期至…) */
  text: z.string().optional(),
});
export type Validity = z.infer<typeof validitySchema>;
export type Expiry = z.infer<typeof expirySchema>;
