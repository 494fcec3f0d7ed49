import { z } from "zod";
import { benefitSchema } from "./benefit.ts";
import { idSchema, isoDateSchema } from "./primitives.ts";
import { responsibleUnitSchema, targetSchema, taskSchema } from "./target.ts";
import { treatmentSchema } from "./treatment.ts";

/** A clause (条款/举措) as the text numbers it, with the structures inside it. */
export const clauseSchema = z.strictObject({
  id: idSchema,
  /** as the text numbers it: "二（一）3." */
  citation: z.string().min(1, "请填写条款编号，如 二（一）3."),
  heading: z.string().optional(),
  sectionPath: z.array(z.string()).default([]),
  /** the full clause text, quoted by the portal */
  text: z.string().min(1, "请填写条款原文"),
  responsibleUnits: z.array(responsibleUnitSchema).default([]),
  /** the clause's own start (具体条款已明确施行期限的，从其规定) */
  effectiveFrom: isoDateSchema.optional(),
  /** last day (inclusive) of the clause: 到2025年 → 2025-12-31 */
  deadline: isoDateSchema.optional(),
  /** 资金来源 stated for the clause (统筹就业补助资金、失业保险基金…); benefits inherit it */
  funding: z.string().optional(),
  benefits: z.array(benefitSchema).default([]),
  treatments: z.array(treatmentSchema).default([]),
  targets: z.array(targetSchema).default([]),
  tasks: z.array(taskSchema).default([]),
  note: z.string().optional(),
});
export type Clause = z.infer<typeof clauseSchema>;
