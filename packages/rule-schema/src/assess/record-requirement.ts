import { type Condition, isAll, isAny, isNot, isRecordCondition } from "../schema/condition.ts";
import type { ResolvedFact } from "../schema/facts-in-scope.ts";

const words: Record<string, string> = {
  eq: "为",
  ne: "不为",
  gt: "高于",
  gte: "达到",
  lt: "低于",
  lte: "不高于",
  in: "属于",
  nin: "不属于",
  exists: "已填写",
  between: "介于",
};

/**
 * What a record must be, in words, for a failed `some` (why not): "赛事为世界技能大赛、奖牌达到
 * 铜牌", "年份距计算日（自然年）低于5年". Only the record's own fields, so it reads as a
 * checklist for the applicant.
 */
export function recordRequirement(where: Condition, records: ResolvedFact | undefined): string {
  if (isAll(where)) return where.all.map((c) => recordRequirement(c, records)).join("、");
  if (isAny(where))
    return `以下之一（${where.any.map((c) => recordRequirement(c, records)).join("；")}）`;
  if (isNot(where)) return `并非${recordRequirement(where.not, records)}`;
  if (isRecordCondition(where)) return "";
  const field = records?.fields.get(where.fact);
  const label = field?.label ?? where.fact;
  const labelOf = (v: unknown) =>
    field?.values?.find((o) => o.value === String(v))?.label ??
    (typeof v === "boolean" ? (v ? "是" : "否") : String(v));
  const value =
    where.ref !== undefined
      ? "（另一项）"
      : Array.isArray(where.value)
        ? where.value.map(labelOf).join("、")
        : where.value === undefined
          ? ""
          : labelOf(where.value);
  const measured =
    where.measure === undefined
      ? ""
      : where.measure === "yearsSince"
        ? "距计算日（整年）"
        : "距计算日（自然年）";
  return `${label}${measured}${words[where.op] ?? where.op}${value}${where.measure ? "年" : ""}`;
}
