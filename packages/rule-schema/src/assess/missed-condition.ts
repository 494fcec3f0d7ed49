import type { ConditionTrace } from "../engine/explain/trace-condition.ts";
import { calendarYearsSince, yearsSince } from "../engine/relative-condition.ts";
import type { FactCondition } from "../schema/condition.ts";
import type { ResolvedFact } from "../schema/facts-in-scope.ts";

/** One condition a candidate failed: what was required, the applicant's value, how far. */
export interface MissedCondition {
  fact: string;
  /** the records fact a field belongs to */
  records?: string;
  required: unknown;
  actual: unknown;
  /** distance on numbers (years, units), ordered levels (ranks) or dates (days); null: none */
  gap: number | null;
  unit: "number" | "levels" | "days" | null;
  /** 0 (almost met) … 1 (far, or nothing to measure) */
  closeness: number;
  /** 一线工作年限4年，需满5年 */
  text: string;
}

const need: Record<string, string> = {
  eq: "为",
  ne: "不为",
  gt: "超过",
  gte: "满",
  lt: "低于",
  lte: "不超过",
  in: "属于",
  nin: "不属于",
  contains: "具有",
  containsAny: "具有其一：",
  containsAll: "全部具有：",
  exists: "填写",
  between: "介于",
  within: "位于",
};

type Fact = Pick<ResolvedFact, "label" | "type" | "values" | "valueLabels" | "unit">;

function days(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Distance of a failed comparison: years/units, levels, days; null when nothing to measure. */
function distance(
  t: Extract<ConditionTrace, { kind: "fact" }>,
  leaf: FactCondition | undefined,
  fact: Fact | undefined,
  asOf: string,
): Pick<MissedCondition, "gap" | "unit" | "closeness" | "actual"> {
  const far = { gap: null, unit: null, closeness: 1, actual: t.actual };
  const expected = t.expected;
  if (leaf?.measure !== undefined && typeof expected === "number") {
    const n = (leaf.measure === "yearsSince" ? yearsSince : calendarYearsSince)(t.actual, asOf);
    if (n === undefined) return far;
    const gap = Math.abs(n - expected);
    return { gap, unit: "number", closeness: Math.min(1, gap / Math.max(1, expected)), actual: n };
  }
  if (fact?.type === "ordered" && typeof expected === "string" && typeof t.actual === "string") {
    const a = fact.values.indexOf(t.actual);
    const e = fact.values.indexOf(expected);
    if (a < 0 || e < 0) return far;
    const gap = Math.abs(e - a) + (t.op === "gt" || t.op === "lt" ? 1 : 0);
    return {
      gap,
      unit: "levels",
      closeness: Math.min(1, gap / Math.max(1, fact.values.length - 1)),
      actual: t.actual,
    };
  }
  if (typeof expected === "number" && typeof t.actual === "number") {
    const gap = Math.abs(expected - t.actual) + (t.op === "gt" || t.op === "lt" ? 1 : 0);
    return {
      gap,
      unit: "number",
      closeness: Math.min(1, gap / Math.max(1, Math.abs(expected))),
      actual: t.actual,
    };
  }
  if (fact?.type === "date" && typeof expected === "string" && typeof t.actual === "string") {
    const gap = Math.round(days(expected, t.actual));
    return { gap, unit: "days", closeness: Math.min(1, gap / 365), actual: t.actual };
  }
  return far;
}

function shown(fact: Fact | undefined, v: unknown, withUnit: boolean): string {
  const one = (x: unknown) =>
    typeof x === "boolean" ? (x ? "是" : "否") : (fact?.valueLabels.get(String(x)) ?? String(x));
  const text = Array.isArray(v) ? v.map(one).join("、") : one(v);
  return withUnit && typeof v === "number" ? `${text}${fact?.unit ?? ""}` : text;
}

/** A failed comparison as data and as a sentence: "一线工作年限4年，需满5年". */
export function missedComparison(
  t: Extract<ConditionTrace, { kind: "fact" }>,
  leaf: FactCondition | undefined,
  fact: Fact | undefined,
  asOf: string,
  records?: string,
): MissedCondition {
  const d = distance(t, leaf, fact, asOf);
  const years = leaf?.measure !== undefined;
  const label = `${fact?.label ?? t.fact}${years ? "距计算日" : ""}`;
  const actual =
    t.actual === undefined || t.actual === null
      ? "未填写"
      : years
        ? `${String(d.actual)}年`
        : shown(fact, t.actual, true);
  const required = years
    ? `${String(t.expected)}年`
    : t.op === "exists"
      ? ""
      : shown(fact, t.expected, true);
  const gap =
    d.gap !== null && d.gap > 0 && d.unit === "levels"
      ? `（差${d.gap}级）`
      : d.unit === "days" && d.gap
        ? `（相差${d.gap}天）`
        : "";
  const sep =
    actual === "未填写"
      ? ""
      : t.actual !== undefined && typeof t.actual !== "number" && !years
        ? " "
        : "";
  return {
    fact: t.fact,
    ...(records === undefined ? {} : { records }),
    required: t.expected,
    actual: t.actual,
    gap: d.gap,
    unit: d.unit,
    closeness: d.closeness,
    text:
      yesNoText(t, label, actual) ??
      `${label}${sep}${actual}，需${need[t.op] ?? t.op}${required}${gap}`,
  };
}

/** A yes/no fact reads as what is needed: "需为参赛或集训选手（当前：未填写）", not "需为是". */
function yesNoText(
  t: Extract<ConditionTrace, { kind: "fact" }>,
  label: string,
  actual: string,
): string | null {
  if (typeof t.expected !== "boolean" || (t.op !== "eq" && t.op !== "ne")) return null;
  const wanted = t.op === "eq" ? t.expected : !t.expected;
  const now = actual === "未填写" ? "未填写" : t.actual === true ? "是" : "否";
  return `需${wanted ? "为" : "不是"}${label}（当前：${now}）`;
}
