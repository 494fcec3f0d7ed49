import { z } from "zod";
import { factKeySchema } from "./primitives.ts";

/**
 * Eligibility conditions are data, not code. A condition is exactly one of:
 * - `{ all: [...] }`  every sub-condition holds (an empty list holds)
 * - `{ any: [...] }`  at least one holds
 * - `{ not: c }`      c does not hold
 * - `{ fact, op, value }` a comparison on one fact of the profile
 * - `{ fact, op: "some" | "none", where }` over a list of records (e.g. competitions);
 *   inside `where`, `fact` names a field of the record.
 */
export const comparisonOps = [
  "eq",
  "ne",
  "gt",
  "gte",
  "lt",
  "lte",
  "in",
  "nin",
  "contains",
  "containsAny",
  "containsAll",
  "exists",
  "between",
  "within",
] as const;
export const recordOps = ["some", "none"] as const;
export type ComparisonOp = (typeof comparisonOps)[number];
export type RecordOp = (typeof recordOps)[number];

export type ConditionValue = string | number | boolean | ReadonlyArray<string | number>;

export type AllCondition = { all: Condition[] };
export type AnyCondition = { any: Condition[] };
export type NotCondition = { not: Condition };
export type FactCondition = { fact: string; op: ComparisonOp; value?: ConditionValue };
export type RecordCondition = { fact: string; op: RecordOp; where: Condition };
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | FactCondition
  | RecordCondition;

const opLabels =
  "eq ne gt gte lt lte in nin contains containsAny containsAll exists between within some none";

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const valueSchema = z.union([scalar, z.array(z.union([z.string(), z.number()]))]);

const rawCondition = z.object({
  get all() {
    return z.array(conditionSchema).optional();
  },
  get any() {
    return z.array(conditionSchema).optional();
  },
  get not() {
    return conditionSchema.optional();
  },
  fact: factKeySchema.optional(),
  op: z
    .enum([...comparisonOps, ...recordOps], { error: `比较方式 op 应为：${opLabels}` })
    .optional(),
  value: valueSchema.optional(),
  get where() {
    return conditionSchema.optional();
  },
  note: z.string().optional(),
});

const forms = ["all", "any", "not", "fact"] as const;

export const conditionSchema: z.ZodType<Condition> = rawCondition.superRefine((c, ctx) => {
  const present = forms.filter((k) => c[k] !== undefined);
  if (present.length !== 1) {
    ctx.addIssue({
      code: "custom",
      message:
        present.length === 0
          ? "条件应为 {all:[…]}、{any:[…]}、{not:…} 或 {fact, op, value} 之一"
          : `条件只能有一种形式，当前同时写了 ${present.join("、")}，请拆成 all/any 的子条件`,
    });
    return;
  }
  if (c.fact === undefined) return;
  if (c.op === undefined) {
    ctx.addIssue({ code: "custom", path: ["op"], message: `缺少比较方式 op（${opLabels}）` });
    return;
  }
  if (c.op === "some" || c.op === "none") {
    if (c.where === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["where"],
        message: `op 为 ${c.op} 时须给出 where：对记录字段的条件`,
      });
    return;
  }
  if (c.where !== undefined)
    ctx.addIssue({
      code: "custom",
      path: ["where"],
      message: "只有 op 为 some/none 时才能写 where",
    });
  if (c.op === "exists") return;
  if (c.value === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["value"],
      message: `op 为 ${c.op} 时须给出比较值 value`,
    });
    return;
  }
  const isList = Array.isArray(c.value);
  const needsList =
    c.op === "in" ||
    c.op === "nin" ||
    c.op === "containsAny" ||
    c.op === "containsAll" ||
    c.op === "between";
  if (needsList && !isList)
    ctx.addIssue({ code: "custom", path: ["value"], message: `op 为 ${c.op} 时 value 应为数组` });
  if (!needsList && isList)
    ctx.addIssue({ code: "custom", path: ["value"], message: `op 为 ${c.op} 时 value 不能是数组` });
  if (c.op === "between" && isList && (c.value as unknown[]).length !== 2)
    ctx.addIssue({
      code: "custom",
      path: ["value"],
      message: "op 为 between 时 value 应为 [下限, 上限]（含两端）",
    });
}) as unknown as z.ZodType<Condition>;

export function isAll(c: Condition): c is AllCondition {
  return (c as AllCondition).all !== undefined;
}
export function isAny(c: Condition): c is AnyCondition {
  return (c as AnyCondition).any !== undefined;
}
export function isNot(c: Condition): c is NotCondition {
  return (c as NotCondition).not !== undefined;
}
export function isRecordCondition(c: Condition): c is RecordCondition {
  const op = (c as RecordCondition).op;
  return op === "some" || op === "none";
}
