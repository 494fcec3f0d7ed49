import { z } from "zod";

/**
 * 名额: 每2年评选一次，每次20名左右 → { count: 20, approximate: true, cycleYears: 2 }.
 * The count may be left out when the text states only a cycle (每5年评选一次): the
 * selection then has an undetermined number of places (名额未定).
 */
export const quotaSchema = z
  .strictObject({
    count: z.number().int().positive("名额应为正整数").optional(),
    approximate: z.boolean().default(false),
    /** the count applies per cycle of this many years (1 = 每年); omit for a one-off total */
    cycleYears: z.number().int().positive("评选周期应为正整数（年）").optional(),
    note: z.string().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.count === undefined && q.cycleYears === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["count"],
        message: "名额须写明人数 count，或至少写明评选周期 cycleYears（原文未定人数时）",
      });
  });
export type Quota = z.infer<typeof quotaSchema>;

/** "每2年评选一次，每次20名左右", "每5年评选一次，名额未定", "共500名左右" */
export function formatQuota(q: Quota): string {
  const cycle =
    q.cycleYears === undefined
      ? ""
      : q.cycleYears === 1
        ? "每年评选一次，"
        : `每${q.cycleYears}年评选一次，`;
  const count =
    q.count === undefined
      ? "名额未定"
      : `${q.cycleYears === undefined ? "共" : "每次"}${q.count}名${q.approximate ? "左右" : ""}`;
  return `${cycle}${count}`;
}
