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

/**
 * What a comparison measures instead of the value itself, relative to the evaluation date:
 * - `yearsSince`: whole years from a date (or a year) to the evaluation date — age on the
 *   as-of date from `birthDate`, years since a certificate was obtained;
 * - `calendarYearsSince`: the evaluation year minus the date's (or year's) calendar year —
 *   0 = this calendar year, `lt 5` = 近5年内 (the evaluation year and the four before it).
 */
export const measures = ["yearsSince", "calendarYearsSince"] as const;
export type Measure = (typeof measures)[number];

/**
 * What a comparison compares with instead of a fixed `value`:
 * - `{ fact }` another fact of the profile (inside `where`: still a fact of the profile);
 * - `{ field }` another field of the same record (inside `where` only);
 * - `{ max, field, where? }` the highest value of a field over the profile's matching records
 *   (新申领的等级须高于此前已申领的等级: `{ max: "claims", field: "level" }`); with no
 *   matching record, `gt`/`gte` hold (nothing to exceed) and other comparisons fail;
 * - `{ date: "programEffective" }` the effective date of the program the condition is in.
 */
export type ValueRef =
  | { fact: string }
  | { field: string }
  | { max: string; field: string; where?: Condition }
  | { date: "programEffective" };

export type AllCondition = { all: Condition[] };
export type AnyCondition = { any: Condition[] };
export type NotCondition = { not: Condition };
export type FactCondition = {
  fact: string;
  op: ComparisonOp;
  value?: ConditionValue;
  measure?: Measure;
  ref?: ValueRef;
};
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

const valueRefSchema = z.union(
  [
    z.strictObject({ fact: factKeySchema }),
    z.strictObject({ field: factKeySchema }),
    z.strictObject({
      max: factKeySchema,
      field: factKeySchema,
      get where() {
        return conditionSchema.optional();
      },
    }),
    z.strictObject({ date: z.literal("programEffective") }),
  ],
  {
    error:
      '比较对象 ref 应为 {fact}（另一事实）、{field}（同一记录的另一字段）、{max, field, where?}（记录字段的最高值）或 {date: "programEffective"}（本方案生效日）之一',
  },
);

/** comparisons that may take a `ref` or a `measure` */
const orderOps = new Set(["eq", "ne", "gt", "gte", "lt", "lte"]);

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
  measure: z
    .enum(measures, {
      error:
        "measure 应为 yearsSince（距计算日的整年数）或 calendarYearsSince（距计算日的自然年数）",
    })
    .optional(),
  get ref() {
    return valueRefSchema.optional();
  },
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
  if (c.measure !== undefined && !orderOps.has(c.op) && c.op !== "between")
    ctx.addIssue({
      code: "custom",
      path: ["measure"],
      message: `measure 只能与 eq/ne/gt/gte/lt/lte/between 一起使用，当前 op 为 ${c.op}`,
    });
  if (c.ref !== undefined) {
    if (c.value !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["ref"],
        message: "value（固定值）与 ref（比较对象）只能写一个",
      });
    if (!orderOps.has(c.op))
      ctx.addIssue({
        code: "custom",
        path: ["op"],
        message: `与另一事实或记录最高值比较时 op 应为 eq/ne/gt/gte/lt/lte，当前为 ${c.op}`,
      });
    if (c.measure !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["measure"],
        message: "measure 须与数值 value 比较，不能与 ref 同用",
      });
    return;
  }
  if (c.op === "exists") return;
  if (c.measure !== undefined && c.value !== undefined) {
    const list = Array.isArray(c.value) ? c.value : [c.value];
    if (list.some((v) => typeof v !== "number"))
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `measure 为 ${c.measure} 时 value 应为年数（数字），如 5 表示5年`,
      });
  }
  if (c.value === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["value"],
      message: `op 为 ${c.op} 时须给出比较值 value（或比较对象 ref）`,
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
/** A comparison that reads the evaluation date or another value than its own fact. */
export function isRelative(c: FactCondition): boolean {
  return c.measure !== undefined || c.ref !== undefined;
}

export function isRecordCondition(c: Condition): c is RecordCondition {
  const op = (c as RecordCondition).op;
  return op === "some" || op === "none";
}
