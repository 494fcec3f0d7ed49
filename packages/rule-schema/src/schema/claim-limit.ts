import { z } from "zod";
import type { Condition } from "./condition.ts";
import { factKeySchema, idSchema } from "./primitives.ts";

/**
 * How often a benefit may be claimed, read from the profile's claims history (`claims`
 * records: matter, program, benefit, date, year, level, amountFen):
 * - `ever`: once (a claim of the matter bars it);
 * - `calendar-year`: once a year (每人每年可享受1次补贴: a claim dated this calendar year bars it);
 * - `level`: once per level, and never below a level claimed before (已享受相应补贴的，不再享受
 *   低等级证书补贴; 新申领的等级须高于此前已申领的等级): a claim of the same or a higher level
 *   than the profile's `levelFact` bars it.
 * `matter` defaults to the benefit's own matter.
 */
export const claimLimitSchema = z
  .strictObject({
    per: z.enum(["ever", "calendar-year", "level"], {
      error:
        "申领次数限制 per 应为 ever（仅一次）/calendar-year（每年一次）/level（每个等级一次）之一",
    }),
    matter: idSchema.optional(),
    levelFact: factKeySchema.optional(),
    note: z.string().optional(),
  })
  .superRefine((l, ctx) => {
    if (l.per === "level" && l.levelFact === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["levelFact"],
        message: "per 为 level 时须写明 levelFact：申请人本次申领等级所在的有序事实，如 skillLevel",
      });
    if (l.per !== "level" && l.levelFact !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["levelFact"],
        message: "只有 per 为 level 时才写 levelFact",
      });
  });
export type ClaimLimit = z.infer<typeof claimLimitSchema>;

/** The condition a claim limit adds to its benefit's: no barring claim in the history. */
export function claimLimitCondition(limit: ClaimLimit, benefitMatter: string): Condition {
  const sameMatter: Condition = { fact: "matter", op: "eq", value: limit.matter ?? benefitMatter };
  const bar: Condition =
    limit.per === "ever"
      ? sameMatter
      : limit.per === "calendar-year"
        ? {
            all: [
              sameMatter,
              {
                any: [
                  { fact: "date", op: "eq", measure: "calendarYearsSince", value: 0 },
                  { fact: "year", op: "eq", measure: "calendarYearsSince", value: 0 },
                ],
              },
            ],
          }
        : { all: [sameMatter, { fact: "level", op: "gte", ref: { fact: limit.levelFact ?? "" } }] };
  return { fact: "claims", op: "none", where: bar };
}

/** A benefit's conditions together with the one its claim limit adds. */
export function withClaimLimit(
  conditions: Condition | undefined,
  limit: ClaimLimit | undefined,
  matter: string,
): Condition | undefined {
  if (limit === undefined) return conditions;
  const extra = claimLimitCondition(limit, matter);
  return conditions === undefined ? extra : { all: [conditions, extra] };
}
