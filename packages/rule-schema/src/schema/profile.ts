import { z } from "zod";
import { nationalFacts } from "../catalogue/national.ts";
import type { FactDeclaration, FactField } from "./fact.ts";
import { fenSchema, isoDateSchema, recipientKindSchema, regionCodeSchema } from "./primitives.ts";

function typedValue(
  decl: Pick<FactDeclaration, "type" | "values" | "label"> | FactField,
): z.ZodType {
  const values = decl.values?.map((v) => v.value) ?? [];
  const listed = decl.values?.map((v) => `${v.value}（${v.label}）`).join("、");
  switch (decl.type) {
    case "boolean":
      return z.boolean();
    case "number":
      return z.number();
    case "money":
      return fenSchema;
    case "date":
      return isoDateSchema;
    case "string":
      return z.string();
    case "region":
      return regionCodeSchema;
    case "enum":
    case "ordered":
      return values.length > 0
        ? z.enum(values as [string, ...string[]], { error: `应为以下之一：${listed}` })
        : z.string();
    case "set":
      // open: programs add values (their own titles); the national values are listed in the docs
      return z.array(z.string());
    default:
      return z.unknown();
  }
}

function recordSchema(fields: readonly FactField[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) shape[f.key] = typedValue(f).optional().describe(f.label);
  return z.looseObject(shape);
}

const envelopeFacts = new Set(["recipientKind", "regionCode"]);

function nationalFactsShape() {
  const shape: Record<string, z.ZodType> = {};
  for (const f of nationalFacts) {
    if (envelopeFacts.has(f.key)) continue;
    const schema = f.type === "records" ? z.array(recordSchema(f.fields ?? [])) : typedValue(f);
    const values =
      f.type === "set" && f.values && f.values.length > 0
        ? `。可选值：${f.values.map((v) => `${v.value}（${v.label}）`).join("、")}`
        : "";
    shape[f.key] = schema
      .optional()
      .describe(`${f.label}${f.description ? `。${f.description}` : ""}${values}`);
  }
  return shape;
}

/** Values of facts a program declares itself (not checked here; see checkProfileFacts). */
export const programFactValueSchema = z.union([
  z.boolean(),
  z.number(),
  z.string(),
  z.array(z.union([z.string(), z.number()])),
  z.array(z.record(z.string(), z.unknown())),
]);

export const profileFactsSchema = z
  .object(nationalFactsShape())
  .catchall(programFactValueSchema)
  .describe(
    "申请人事实：全国通用事实见上；各方案自行声明的事实（如本地称号、培养人数）按其声明填写",
  );

/**
 * An applicant profile: a person, an employer, a school … with the facts conditions read.
 * Money facts are integer fen.
 */
export const profileSchema = z
  .object({
    id: z.string().min(1, "请填写档案编号 id"),
    kind: recipientKindSchema.describe(
      "对象类型：person 个人、employer 用人单位、school 院校、training-institution 培训机构、training-base 实训基地、association 行业协会、organisation 其他组织",
    ),
    regionCode: regionCodeSchema.describe(
      "所在地（户籍/工作地/注册地）行政区划代码，GB/T 2260，6位",
    ),
    name: z.string().optional(),
    facts: profileFactsSchema.default({}),
  })
  .describe("匠策申请人档案（个人、用人单位、院校等）");

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type FactValue = unknown;
