import { z } from "zod";
import { conditionSchema } from "./condition.ts";
import { factKeySchema, idSchema } from "./primitives.ts";

export const factTypes = [
  "boolean",
  "number",
  "money",
  "date",
  "string",
  "enum",
  "ordered",
  "set",
  "records",
  "region",
] as const;
export type FactType = (typeof factTypes)[number];
export const factTypeSchema = z.enum(factTypes, {
  error: `事实类型应为：${factTypes.join(" / ")}`,
});

export const factValueOptionSchema = z.strictObject({
  value: z.string().min(1),
  label: z.string().min(1),
});
export type FactValueOption = z.infer<typeof factValueOptionSchema>;

/** A field of a records fact (competitions: event, level, medal, rank, year …). */
export const factFieldSchema = z.strictObject({
  key: factKeySchema,
  label: z.string().min(1),
  type: z.enum(["boolean", "number", "money", "date", "string", "enum", "ordered"]),
  values: z.array(factValueOptionSchema).optional(),
});
export type FactField = z.infer<typeof factFieldSchema>;

/**
 * A fact a condition can read from a profile. National facts ship with the package
 * (see catalogue); a program declares its own (its titles, its key-industry list).
 * `enum` / `ordered` / `set` facts list their values (ordered: lowest first).
 * To add values to an existing set or enum fact (e.g. a city title to `titles`), declare
 * `{ key: "titles", extends: true, values: [...] }`; to add fields to the records of an
 * existing records fact (a per-competition flag), `{ key: "competitions", extends: true,
 * fields: [...] }`.
 */
export const factDeclarationSchema = z
  .strictObject({
    key: factKeySchema,
    label: z.string().min(1, "请填写事实的中文名称"),
    type: factTypeSchema.optional(),
    extends: z.boolean().default(false),
    values: z.array(factValueOptionSchema).optional(),
    fields: z.array(factFieldSchema).optional(),
    /** which recipient kinds this fact describes (shown in forms) */
    appliesTo: z.array(z.string()).optional(),
    unit: z.string().optional(),
    description: z.string().optional(),
  })
  .superRefine((f, ctx) => {
    if (!f.extends && f.type === undefined)
      ctx.addIssue({ code: "custom", path: ["type"], message: "请填写事实类型 type" });
    const needsValues = f.type === "enum" || f.type === "ordered" || f.type === "set";
    if (!f.extends && needsValues && (f.values === undefined || f.values.length === 0))
      ctx.addIssue({
        code: "custom",
        path: ["values"],
        message: `${f.type} 类型的事实须列出可选值 values`,
      });
    if (
      f.extends &&
      (f.values === undefined || f.values.length === 0) &&
      (f.fields === undefined || f.fields.length === 0)
    )
      ctx.addIssue({
        code: "custom",
        path: ["values"],
        message:
          "扩展事实须列出新增的可选值 values（set/enum 事实）或新增的记录字段 fields（records 事实）",
      });
    if (f.type === "records" && (f.fields === undefined || f.fields.length === 0))
      ctx.addIssue({
        code: "custom",
        path: ["fields"],
        message: "records 类型的事实须列出字段 fields",
      });
  });
export type FactDeclaration = z.infer<typeof factDeclarationSchema>;

/**
 * A derived fact: when `when` holds, the profile is treated as having `fact` = `value`
 * (set: the value is added; boolean: true; ordered: raised to at least value).
 * E.g. 世界技能大赛金银铜牌选手直接评定为“武汉工匠” ⇒ titles ∋ "wuhan-craftsman".
 */
export const derivationSchema = z.strictObject({
  id: idSchema,
  clauseId: idSchema.optional(),
  fact: factKeySchema,
  value: z.union([z.string(), z.number(), z.boolean()]),
  when: conditionSchema,
  note: z.string().optional(),
});
export type Derivation = z.infer<typeof derivationSchema>;
