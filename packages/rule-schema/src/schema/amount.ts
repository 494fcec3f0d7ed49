import { z } from "zod";
import { type Condition, conditionSchema } from "./condition.ts";
import { factKeySchema, fenSchema, idSchema, percentSchema } from "./primitives.ts";

/**
 * What a computed amount is based on:
 * - `{ matter, program? }` the award actually paid for that matter in the same evaluation run
 *   (another program's, or this program's; e.g. 所在单位按市级奖励额度1:1配套)
 * - `{ fact }` an amount (fen) given in the profile (e.g. 浙江技能大赛主办方奖励额度)
 * - `{ fen }` a standard stated as a number
 * - `{ records, where?, field }` the sum of a money field over the profile's matching records
 *   (按照主办方或上级的奖励额度1:1配套: `{ records: "competitions", where, field: "awardFen" }`)
 */
export const amountBaseSchema = z.union(
  [
    z.strictObject({ matter: idSchema, program: idSchema.optional() }),
    z.strictObject({ fact: factKeySchema }),
    z.strictObject({ fen: fenSchema }),
    z.strictObject({
      records: factKeySchema,
      get where(): z.ZodOptional<z.ZodType<Condition>> {
        return conditionSchema.optional();
      },
      field: factKeySchema,
    }),
  ],
  {
    error:
      "基数 of 应为 {matter}（同次计算中另一项奖励）、{fact}（申请人提供的金额）、{fen}（明确金额）或 {records, where, field}（符合条件记录的金额字段之和）之一",
  },
);
export type AmountBase = z.infer<typeof amountBaseSchema>;

/** How many units a per-unit rate is multiplied by. */
export const unitCountSchema = z.union(
  [
    z.strictObject({ fact: factKeySchema }),
    z.strictObject({
      records: factKeySchema,
      get where(): z.ZodType<Condition> {
        return conditionSchema;
      },
    }),
  ],
  { error: "数量 count 应为 {fact}（数量事实）或 {records, where}（符合条件的记录数）" },
);
export type UnitCount = z.infer<typeof unitCountSchema>;

/**
 * A cap relative to another base: 不得超过绩效工资基准总量的15% →
 * `{ percent: 15, of: { fact: "performancePayBaselineFen" } }`. The amount is clipped to
 * percent% of the base; composes with `cap` (the lower limit wins). When the base is not
 * known (fact absent), the figure is reported as a ceiling (`upTo`).
 */
export const capOfSchema = z.strictObject({
  percent: percentSchema,
  of: amountBaseSchema,
});
export type CapOf = z.infer<typeof capOfSchema>;

/**
 * A rate applied to a base (上浮30%, 按200%标准) lies in (0, 1000]%: 0 pays nothing extra and
 * anything above ten times the base is a typing error (上浮30% typed as 300000).
 */
export const MAX_RATE_PERCENT = 1000;
const ratePercentSchema = (field: string) =>
  percentSchema.refine((p) => p > 0 && p <= MAX_RATE_PERCENT, {
    message: `${field} percent 应大于0且不超过${MAX_RATE_PERCENT}（%）；请核对是否多写了位数`,
  });

const common = {
  /** 最高 / 不超过: the computed amount is clipped to this many fen. */
  cap: fenSchema.optional(),
  /** 不得超过…的15%: clipped to a percent of another base (composes with `cap`). */
  capOf: capOfSchema.optional(),
  /** The figure is a ceiling decided case by case (每人不超过2万元), not a guaranteed sum. */
  upTo: z.boolean().optional(),
  note: z.string().optional(),
};

export const fixedAmountSchema = z.strictObject({
  kind: z.literal("fixed"),
  fen: fenSchema,
  ...common,
});
export const perUnitAmountSchema = z.strictObject({
  kind: z.literal("per-unit"),
  fenPerUnit: fenSchema,
  /** 人、生、个、项目、职业（工种） */
  unitLabel: z.string().min(1, "请写明计量单位，如 人、生、个"),
  count: unitCountSchema,
  ...common,
});
export const matchingAmountSchema = z.strictObject({
  kind: z.literal("matching"),
  /** 1 for 1:1 配套; 0.5 for 1:0.5 */
  ratio: z.number().positive("配套比例应大于0"),
  of: amountBaseSchema,
  ...common,
});
export const upliftAmountSchema = z.strictObject({
  kind: z.literal("uplift"),
  /** 上浮30% → 30: pays base × (100 + percent)% */
  percent: ratePercentSchema("上浮比例"),
  of: amountBaseSchema,
  ...common,
});
export const percentOfAmountSchema = z.strictObject({
  kind: z.literal("percent-of"),
  /** 按200%标准 → 200: pays base × percent% */
  percent: ratePercentSchema("计发比例"),
  of: amountBaseSchema,
  ...common,
});
export const unspecifiedAmountSchema = z.strictObject({
  kind: z.literal("unspecified"),
  /** 按规定 / 给予一次性奖励补贴 (the text names no figure) */
  note: z.string().optional(),
  upTo: z.boolean().optional(),
  cap: fenSchema.optional(),
  capOf: capOfSchema.optional(),
});

export const amountSchema = z.discriminatedUnion(
  "kind",
  [
    fixedAmountSchema,
    perUnitAmountSchema,
    matchingAmountSchema,
    upliftAmountSchema,
    percentOfAmountSchema,
    unspecifiedAmountSchema,
  ],
  {
    error:
      "金额类型 kind 应为 fixed（固定）/per-unit（标准×数量）/matching（配套）/uplift（上浮）/percent-of（按百分比）/unspecified（按规定）之一",
  },
);
export type Amount = z.infer<typeof amountSchema>;
export type AmountKind = Amount["kind"];
