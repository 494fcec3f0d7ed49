import { z } from "zod";
import { idSchema, isoDateSchema } from "./primitives.ts";

/**
 * A structured target: 到2027年技能人才达34万人 → { label:"技能人才", value:340000, unit:"人", byDate:"2027-12-31" }.
 * A qualitative target (到2035年…素质大幅提升，…基本相适应) has no value: its label (and quote)
 * say it in words.
 */
export const targetSchema = z
  .strictObject({
    id: idSchema,
    label: z.string().min(1, "请填写指标名称"),
    /** omitted for a qualitative target (no number in the text) */
    value: z.number({ error: "目标值应为数字" }).optional(),
    /** 人, 人次, %, 个, 家, 所 … (required with a value) */
    unit: z.string().min(1, "请填写单位").optional(),
    comparator: z.enum(["at-least", "about", "at-most", "exactly"]).default("at-least"),
    byDate: isoDateSchema.optional(),
    /** the value is reached every year (每年…以上) */
    perYear: z.boolean().default(false),
    /** the sentence of the clause text that grants it, verbatim (must occur in clause.text; program targets: preamble/closing) */
    quote: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .superRefine((t, ctx) => {
    if (t.value !== undefined && t.unit === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["unit"],
        message: "有目标值时请填写单位 unit（人、人次、%…）",
      });
    if (t.value === undefined && t.unit !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: "填写了单位却没有目标值；定性目标请去掉 unit，只写 label",
      });
  });
export type Target = z.infer<typeof targetSchema>;

/** A target without a number (规模持续壮大、基本相适应): shown as words. */
export function isQualitativeTarget(t: Target): boolean {
  return t.value === undefined;
}

const comparatorLabels: Record<Target["comparator"], string> = {
  "at-least": "达",
  about: "约",
  "at-most": "不超过",
  exactly: "为",
};

/** "到2027年，技能人才达340000人", "每年，…", "到2035年，高技能人才队伍规模持续壮大（定性目标）" */
export function formatTarget(t: Target): string {
  const when = t.perYear ? "每年，" : t.byDate ? `到${t.byDate.slice(0, 4)}年，` : "";
  if (t.value === undefined) return `${when}${t.label}（定性目标）`;
  return `${when}${t.label}${comparatorLabels[t.comparator]}${t.value}${t.unit ?? ""}`;
}

/** 责任单位; the first listed is the lead (牵头单位). */
export const responsibleUnitSchema = z.strictObject({
  name: z.string().min(1, "请填写单位名称"),
  role: z.enum(["lead", "support"], { error: "role 应为 lead（牵头）或 support（配合）" }),
});
export type ResponsibleUnit = z.infer<typeof responsibleUnitSchema>;

/** A task row of an annex table (衢州 附件: 序号 / 工作内容 / 牵头单位 / 配合单位). */
export const taskSchema = z.strictObject({
  seq: z.number().int().positive(),
  content: z.string().min(1),
  lead: z.array(z.string()).min(1, "至少一个牵头单位"),
  support: z.array(z.string()).default([]),
  targets: z.array(targetSchema).default([]),
  deadline: isoDateSchema.optional(),
});
export type Task = z.infer<typeof taskSchema>;

export const annexSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  /** clause the annex details, if any */
  clauseId: idSchema.optional(),
  tasks: z.array(taskSchema).default([]),
});
export type Annex = z.infer<typeof annexSchema>;
