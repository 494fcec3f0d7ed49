import { formatFen } from "../money.ts";
import type { CompiledProgramSet } from "../types.ts";
import type { ConditionTrace } from "./trace-condition.ts";

/** How a comparison reads in Chinese: 技能等级「达到」技师. */
export const conditionOpLabels: Record<string, string> = {
  eq: "为",
  ne: "不为",
  gt: "高于",
  gte: "达到",
  lt: "低于",
  lte: "不高于",
  in: "属于",
  nin: "不属于",
  contains: "包含",
  containsAny: "包含其一",
  containsAll: "全部包含",
  exists: "已填写",
  between: "介于",
  within: "位于",
  some: "有记录满足",
  none: "没有记录满足",
};

export type Labels = Pick<CompiledProgramSet, "scope">;

function valueLabel(set: Labels, fact: string, value: unknown, field?: string): string {
  const f = set.scope.get(fact);
  const options = field === undefined ? f?.valueLabels : f?.fields.get(field)?.values;
  // every resolved fact has a (possibly empty) label map: money must be recognised first
  const money = (field === undefined ? f?.type : f?.fields.get(field)?.type) === "money";
  const one = (v: unknown) => {
    if (typeof v === "boolean") return v ? "是" : "否";
    if (typeof v === "number" && money) return formatFen(v);
    if (options instanceof Map) return options.get(String(v)) ?? String(v);
    if (Array.isArray(options))
      return options.find((o) => o.value === String(v))?.label ?? String(v);
    return String(v);
  };
  if (Array.isArray(value)) return value.map(one).join("、");
  if (value === undefined || value === null) return "（未填写）";
  return one(value);
}

function factLabel(set: Labels, fact: string): string {
  return set.scope.get(fact)?.label ?? fact;
}

function formatRecord(set: Labels, fact: string, record: Record<string, unknown>): string {
  const fields = set.scope.get(fact)?.fields;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    const field = fields?.get(key);
    if (value === undefined || value === null || value === "") continue;
    const label = field?.values?.find((o) => o.value === String(value))?.label;
    if (label !== undefined) parts.push(label);
    else if (key === "year") parts.push(`${String(value)}年`);
    else if (key === "rank") parts.push(`第${String(value)}名`);
    else if (field?.type === "money" && typeof value === "number") parts.push(formatFen(value));
    else if (typeof value === "boolean")
      parts.push(value ? (field?.label ?? key) : `非${field?.label ?? key}`);
    else parts.push(String(value));
  }
  return parts.join(" ");
}

/** "称号 包含 武汉工匠（您的值：武汉工匠、…，由规则认定）" */
export function formatCondition(set: Labels, t: ConditionTrace, recordsOf?: string): string {
  switch (t.kind) {
    case "all":
      return t.children
        .map((c) => formatCondition(set, c, recordsOf))
        .filter((x) => x !== "")
        .join("；并且");
    case "any":
      return `以下之一：${t.children
        .filter((c) => c.met)
        .map((c) => formatCondition(set, c, recordsOf))
        .join("；或")}`;
    case "not":
      return `并非（${formatCondition(set, t.child, recordsOf)}）`;
    case "records": {
      const records = t.matched.map((r) => formatRecord(set, t.fact, r as Record<string, unknown>));
      return t.op === "some"
        ? `${factLabel(set, t.fact)}符合条件：${records.join("；")}`
        : `${factLabel(set, t.fact)}中没有符合条件的记录`;
    }
    default: {
      const label =
        recordsOf === undefined
          ? factLabel(set, t.fact)
          : (set.scope.get(recordsOf)?.fields.get(t.fact)?.label ?? t.fact);
      const expected =
        t.op === "exists"
          ? ""
          : ` ${valueLabel(set, recordsOf ?? t.fact, t.expected, recordsOf ? t.fact : undefined)}`;
      const actual = valueLabel(set, recordsOf ?? t.fact, t.actual, recordsOf ? t.fact : undefined);
      return `${label}${conditionOpLabels[t.op]}${expected}（实际：${actual}${t.derived ? "，由认定规则得出" : ""}）`;
    }
  }
}
