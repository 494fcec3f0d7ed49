import { z } from "zod";
import { conditionSchema } from "./condition.ts";
import { idSchema, isoDateSchema, recipientKindSchema } from "./primitives.ts";
import { quotaSchema } from "./quota.ts";

/** Non-monetary treatment (直接评定, 申报正高级职称, 落户, 疗休养, 比照工程师待遇 …). */
export const treatmentKinds = [
  "direct-recognition",
  "professional-title",
  "equivalent-treatment",
  "recommendation",
  "priority",
  "honour",
  "hukou",
  "housing",
  "education",
  "medical",
  "recuperation",
  "service",
  "training",
  "other",
] as const;
export const treatmentKindLabels: Record<(typeof treatmentKinds)[number], string> = {
  "direct-recognition": "直接评定/认定",
  "professional-title": "职称评审",
  "equivalent-treatment": "比照待遇",
  recommendation: "推荐",
  priority: "优先/倾斜",
  honour: "荣誉称号",
  hukou: "落户",
  housing: "住房",
  education: "子女教育",
  medical: "医疗",
  recuperation: "疗休养",
  service: "服务保障",
  training: "研修培训",
  other: "其他",
};

/** Who provides a non-monetary treatment (支持企业对在聘的高级工…比照享受同等待遇 → employer). */
export const providers = [
  "government",
  "employer",
  "school",
  "training-institution",
  "association",
  "other",
] as const;
export const providerSchema = z.enum(providers, {
  error: `提供方 provider 应为：${providers.join(" / ")}`,
});
export type Provider = z.infer<typeof providerSchema>;
export const providerLabels: Record<Provider, string> = {
  government: "政府部门",
  employer: "所在单位",
  school: "院校",
  "training-institution": "培训机构",
  association: "协会",
  other: "其他",
};

export const treatmentSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(treatmentKinds, { error: `待遇类型应为：${treatmentKinds.join(" / ")}` }),
  label: z.string().min(1, "请填写待遇内容"),
  recipient: z.union([recipientKindSchema, z.array(recipientKindSchema).min(1)]).default("person"),
  conditions: conditionSchema.optional(),
  /** the text only encourages employers (鼓励企业…), it is not an entitlement */
  encouragedOnly: z.boolean().default(false),
  /** who provides it; omitted = not stated (usually the responsible units) */
  provider: providerSchema.optional(),
  /** places of a selection that grants this treatment (武汉工匠 每2年评选一次，每次20名左右) */
  quota: quotaSchema.optional(),
  deadline: isoDateSchema.optional(),
  /** the sentence of the clause text that grants it, verbatim (must occur in clause.text) */
  quote: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Treatment = z.infer<typeof treatmentSchema>;
export type TreatmentInput = z.input<typeof treatmentSchema>;
