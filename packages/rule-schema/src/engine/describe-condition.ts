// A condition as data, read back as a Chinese sentence before any profile is evaluated: what the
// editor's condition builder shows under the conditions being built. Same labels and operator
// words as the explanations (explain/format-condition.ts), so the drafter reads what the citizen will read.
import {
  type Condition,
  type FactCondition,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
} from "../schema/condition.ts";
import type { ResolvedFact } from "../schema/facts-in-scope.ts";
import { conditionOpLabels } from "./explain/format-condition.ts";
import { formatFen } from "./money.ts";

type Scope = ReadonlyMap<string, ResolvedFact>;

interface Subject {
  label: string;
  type: string;
  labelOf: (value: string) => string | undefined;
}

function subjectOf(scope: Scope, fact: string, recordsOf?: string): Subject {
  if (recordsOf !== undefined) {
    const field = scope.get(recordsOf)?.fields.get(fact);
    return {
      label: field?.label ?? fact,
      type: field?.type ?? "string",
      labelOf: (v) => field?.values?.find((o) => o.value === v)?.label,
    };
  }
  const resolved = scope.get(fact);
  return {
    label: resolved?.label ?? fact,
    type: resolved?.type ?? "string",
    labelOf: (v) => resolved?.valueLabels.get(v),
  };
}

function valueText(subject: Subject, value: unknown): string {
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") return subject.type === "money" ? formatFen(value) : String(value);
  return subject.labelOf(String(value)) ?? String(value);
}

function comparison(scope: Scope, c: FactCondition, recordsOf?: string): string {
  const subject = subjectOf(scope, c.fact, recordsOf);
  const op = conditionOpLabels[c.op] ?? c.op;
  if (c.op === "exists") return `${subject.label}${op}`;
  if (c.value === undefined) return `${subject.label}${op}（未选择）`;
  if (c.op === "between" && Array.isArray(c.value))
    return `${subject.label}${op}${valueText(subject, c.value[0])}至${valueText(subject, c.value[1])}`;
  if (c.op === "eq" && typeof c.value === "boolean")
    return c.value ? subject.label : `非${subject.label}`;
  const values = Array.isArray(c.value) ? c.value : [c.value];
  const text =
    values.length === 0 ? "（未选择）" : values.map((v) => valueText(subject, v)).join("、");
  return `${subject.label}${op}${text}`;
}

/**
 * "职业技能等级（新八级工）达到技师，并且职业技能竞赛成绩中有一项：赛事为世界技能大赛".
 * `recordsOf`: inside a `some`/`none`, facts name fields of that records fact.
 */
export function describeCondition(scope: Scope, c: Condition, recordsOf?: string): string {
  if (isAll(c)) {
    const parts = c.all.map((x) => describeCondition(scope, x, recordsOf));
    return parts.length === 0 ? "（不限条件）" : parts.join("，并且");
  }
  if (isAny(c)) {
    const parts = c.any.map((x) => describeCondition(scope, x, recordsOf));
    return parts.length === 0 ? "（尚无可选条件）" : `满足以下之一：${parts.join("；或")}`;
  }
  if (isNot(c)) return `并非（${describeCondition(scope, c.not, recordsOf)}）`;
  if (isRecordCondition(c)) {
    const label = scope.get(c.fact)?.label ?? c.fact;
    const where = describeCondition(scope, c.where, c.fact);
    return c.op === "some" ? `${label}中有一项：${where}` : `${label}中没有一项：${where}`;
  }
  return comparison(scope, c as FactCondition, recordsOf);
}
