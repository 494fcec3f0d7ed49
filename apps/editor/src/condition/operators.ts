// Which comparisons fit a fact of a given type, and which value widget each one needs. The
// builder offers only these, so a drafter cannot build "技能等级 包含 …" or "年龄 属于 [技师]".
import {
  type ComparisonOp,
  conditionOpLabels,
  type FactType,
  type RecordOp,
} from "@jiangce/rule-schema";

export type Op = ComparisonOp | RecordOp;

const OPS: Record<FactType, readonly Op[]> = {
  boolean: ["eq", "exists"],
  number: ["gte", "gt", "lte", "lt", "eq", "ne", "between", "exists"],
  money: ["gte", "gt", "lte", "lt", "eq", "between", "exists"],
  date: ["gte", "lte", "between", "exists"],
  string: ["eq", "ne", "in", "nin", "exists"],
  enum: ["eq", "ne", "in", "nin", "exists"],
  ordered: ["gte", "gt", "lte", "lt", "eq", "ne", "in", "nin", "exists"],
  set: ["contains", "containsAny", "containsAll", "exists"],
  records: ["some", "none"],
  region: ["within", "eq", "ne"],
};

/** Operators the builder offers for a fact type, with the sentence's own words. */
export function opsFor(type: FactType): Array<{ value: Op; label: string }> {
  return OPS[type].map((op) => ({ value: op, label: conditionOpLabels[op] ?? op }));
}

export type ValueWidget =
  | "none"
  | "boolean"
  | "option"
  | "options"
  | "tags"
  | "text"
  | "number"
  | "number-range"
  | "money"
  | "money-range"
  | "date"
  | "date-range"
  | "region";

const LIST_OPS = new Set<Op>(["in", "nin", "containsAny", "containsAll"]);

/** The widget that edits the value of `fact op value` for a fact of this type. */
export function widgetFor(type: FactType, op: Op): ValueWidget {
  if (op === "exists" || op === "some" || op === "none") return "none";
  const list = LIST_OPS.has(op);
  const range = op === "between";
  switch (type) {
    case "boolean":
      return "boolean";
    case "enum":
    case "ordered":
    case "set":
      return list ? "options" : "option";
    case "string":
      return list ? "tags" : "text";
    case "number":
      return range ? "number-range" : "number";
    case "money":
      return range ? "money-range" : "money";
    case "date":
      return range ? "date-range" : "date";
    case "region":
      return "region";
    case "records":
      return "none";
  }
}

/** The value a fresh comparison starts with, so the condition is well-formed at once. */
export function initialValue(widget: ValueWidget, options: readonly string[]): unknown {
  switch (widget) {
    case "boolean":
      return true;
    case "option":
      return options[0];
    case "options":
    case "tags":
      return [];
    case "number-range":
    case "money-range":
      return [0, 0];
    default:
      return undefined;
  }
}

/** A fact type's first operator (the builder's default when a fact is picked). */
export function defaultOp(type: FactType): Op {
  return OPS[type][0] ?? "eq";
}

/** Fact groups in the picker, in the order drafters look for them. */
export function factGroup(
  key: string,
  type: FactType,
  origin: string,
  /** labels of inherited sources (catalogues, programs above): their facts are grouped by source */
  sources?: ReadonlyMap<string, string>,
): string {
  if (origin !== "national") return sources?.get(origin) ?? "本方案声明的事实";
  if (key === "recipientKind" || key === "regionCode") return "对象与地区";
  if (key === "skillLevel" || key === "professionalTitle") return "技能等级与职称";
  if (key === "honours" || key === "titles") return "荣誉与称号";
  if (type === "records") return "竞赛与记录";
  if (type === "set") return "平台与产业";
  return "数值、日期与其他";
}
