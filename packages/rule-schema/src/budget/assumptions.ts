import { z } from "zod";

/**
 * How many recipients, units or occasions a budget line counts, as the drafter states it.
 * `byYear` wins over `perYear`, which wins over `total` (spread evenly over the years).
 * For a per-unit amount the volume counts units (graduates, trainees) unless `unitsEach`
 * is given: then it counts recipients who each bring that many units, so a per-recipient
 * cap (最高补助5万元) can be applied.
 */
export const budgetVolumeSchema = z
  .strictObject({
    perYear: z.number().int("人数/数量应为整数").nonnegative("人数/数量不能为负").optional(),
    total: z.number().int("人数/数量应为整数").nonnegative("人数/数量不能为负").optional(),
    byYear: z
      .record(
        z.string().regex(/^\d{4}$/u, "byYear 的键应为四位年份，如 2026"),
        z.number().int("人数/数量应为整数").nonnegative("人数/数量不能为负"),
      )
      .optional(),
    unitsEach: z
      .number()
      .int("每个对象的数量应为整数")
      .positive("每个对象的数量应大于0")
      .optional(),
    note: z.string().optional(),
  })
  .refine((v) => v.perYear !== undefined || v.total !== undefined || v.byYear !== undefined, {
    message: "测算数量须写明 perYear（每年）、total（合计）或 byYear（分年度）之一",
  });
export type BudgetVolume = z.infer<typeof budgetVolumeSchema>;

/**
 * What the drafter assumes to cost a program (测算假设). Nothing is invented: a line whose
 * volume or base is not stated here (and not by a quota in the text) is listed as unknown.
 */
export const budgetAssumptionsSchema = z.strictObject({
  /**
   * Calendar years counted. Defaults to the years of the program's validity window; required
   * when the window is open (有效期未规定) or has no known effective date.
   */
  horizon: z
    .strictObject({
      fromYear: z.number().int().min(1949).max(2200).optional(),
      toYear: z.number().int().min(1949).max(2200).optional(),
    })
    .optional(),
  /** keyed by benefit id, or "benefitId/tierId" for one tier */
  volumes: z.record(z.string(), budgetVolumeSchema).default({}),
  /** average fen per recipient of a money fact the amount is based on (percent-of, uplift, capOf) */
  bases: z
    .record(z.string(), z.number().int("基数以“分”为单位，应为整数").nonnegative())
    .default({}),
});
export type BudgetAssumptions = z.infer<typeof budgetAssumptionsSchema>;
export type BudgetAssumptionsInput = z.input<typeof budgetAssumptionsSchema>;
