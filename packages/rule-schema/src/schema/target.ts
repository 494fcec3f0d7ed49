import { z } from "zod";
import { idSchema, isoDateSchema } from "./primitives.ts";

/** A structured target: 到2027年技能人才达34万人 → { label:"技能人才", value:340000, unit:"人", byDate:"2027-12-31" }. */
export const targetSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1, "请填写指标名称"),
  value: z.number({ error: "目标值应为数字" }),
  /** 人, 人次, %, 个, 家, 所 … */
  unit: z.string().min(1, "请填写单位"),
  comparator: z.enum(["at-least", "about", "at-most", "exactly"]).default("at-least"),
  byDate: isoDateSchema.optional(),
  /** the value is reached every year (每年…以上) */
  perYear: z.boolean().default(false),
  /** the sentence of the clause text that grants it, verbatim (must occur in clause.text; program targets: preamble/closing) */
  quote: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Target = z.infer<typeof targetSchema>;

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
