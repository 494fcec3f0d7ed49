import type { AmountBase } from "./amount.ts";
import { checkRelative } from "./check-relative.ts";
import type { ClaimLimit } from "./claim-limit.ts";
import type { Condition } from "./condition.ts";
import { isAll, isAny, isNot, isRecordCondition, isRelative } from "./condition.ts";
import type { FactField } from "./fact.ts";
import type { ResolvedFact } from "./facts-in-scope.ts";

/*
 * Checks of conditions and amounts zod cannot see: facts named must be declared, values must
 * be values of the fact, comparisons must suit the fact's type. Used by validate.ts.
 */

export type PathPart = PropertyKey;

const scalarOps = new Set(["gt", "gte", "lt", "lte", "between"]);

export function unknownFactMessage(key: string): string {
  return `未声明的事实 ${key}：请使用全国通用事实（如 skillLevel、honours、competitions）、上级方案或地区目录已声明的事实，或在方案 facts 中声明`;
}

export type Add = (path: PathPart[], message: string, code?: string) => void;

function checkBase(
  base: AmountBase | undefined,
  path: PathPart[],
  scope: Map<string, ResolvedFact>,
  add: Add,
) {
  if (base && "fact" in base) {
    const f = scope.get(base.fact);
    if (!f) add([...path, "fact"], unknownFactMessage(base.fact));
    else if (f.type !== "money" && f.type !== "number")
      add([...path, "fact"], `作为金额基数的事实 ${base.fact} 应为 money（分）类型`);
  }
  if (base && "records" in base) {
    const f = scope.get(base.records);
    if (!f) add([...path, "records"], unknownFactMessage(base.records));
    else if (f.type !== "records")
      add([...path, "records"], `事实 ${base.records} 不是记录列表（records）`);
    else {
      const field = f.fields.get(base.field);
      if (!field)
        add(
          [...path, "field"],
          `记录 ${base.records} 没有字段 ${base.field}；可用字段：${[...f.fields.keys()].join("、")}`,
        );
      else if (field.type !== "money")
        add([...path, "field"], `作为金额基数的字段 ${base.field} 应为 money（分）类型`);
      if (base.where) checkFieldCondition(base.where, [...path, "where"], f, add, scope);
    }
  }
}

export function checkAmount(
  amount: { kind: string; of?: AmountBase; count?: unknown; capOf?: { of: AmountBase } },
  path: PathPart[],
  scope: Map<string, ResolvedFact>,
  add: Add,
) {
  checkBase(amount.of, [...path, "of"], scope, add);
  checkBase(amount.capOf?.of, [...path, "capOf", "of"], scope, add);
  const count = amount.count as { fact?: string; records?: string; where?: Condition } | undefined;
  if (count?.fact !== undefined) {
    const f = scope.get(count.fact);
    if (!f) add([...path, "count", "fact"], unknownFactMessage(count.fact));
    else if (f.type !== "number")
      add([...path, "count", "fact"], `数量事实 ${count.fact} 应为 number 类型`);
  }
  if (count?.records !== undefined) {
    const f = scope.get(count.records);
    if (!f) add([...path, "count", "records"], unknownFactMessage(count.records));
    else if (f.type !== "records")
      add([...path, "count", "records"], `事实 ${count.records} 不是记录列表（records）`);
    else if (count.where)
      checkFieldCondition(count.where, [...path, "count", "where"], f, add, scope);
  }
}

export function checkCondition(
  c: Condition,
  path: PathPart[],
  scope: Map<string, ResolvedFact>,
  add: Add,
): void {
  if (isAll(c) || isAny(c)) {
    const key = isAll(c) ? "all" : "any";
    const list = isAll(c) ? c.all : (c as { any: Condition[] }).any;
    for (const [i, s] of list.entries()) checkCondition(s, [...path, key, i], scope, add);
    return;
  }
  if (isNot(c)) {
    checkCondition(c.not, [...path, "not"], scope, add);
    return;
  }
  const fact = scope.get(c.fact);
  if (!fact) {
    add([...path, "fact"], unknownFactMessage(c.fact), "unknown_fact");
  } else if (isRecordCondition(c)) {
    if (fact.type !== "records")
      add([...path, "op"], `${c.op} 只能用于记录列表（records），${c.fact} 是 ${fact.type}`);
    else checkFieldCondition(c.where, [...path, "where"], fact, add, scope);
  } else if (isRelative(c)) {
    checkRelative(c, path, { key: c.fact, type: fact.type }, scope, null, add, (w, p, r) =>
      checkFieldCondition(w, p, r, add, scope),
    );
  } else {
    checkLeaf(c.op, c.value, fact.type, fact.values, c.fact, path, add);
  }
}

/** `scope`: the program's facts, which `ref.fact` inside `where` may name. */
function checkFieldCondition(
  c: Condition,
  path: PathPart[],
  records: ResolvedFact,
  add: Add,
  scope: ReadonlyMap<string, ResolvedFact>,
): void {
  if (isAll(c) || isAny(c)) {
    const key = isAll(c) ? "all" : "any";
    const list = isAll(c) ? c.all : (c as { any: Condition[] }).any;
    for (const [i, s] of list.entries())
      checkFieldCondition(s, [...path, key, i], records, add, scope);
    return;
  }
  if (isNot(c)) {
    checkFieldCondition(c.not, [...path, "not"], records, add, scope);
    return;
  }
  const field: FactField | undefined = records.fields.get(c.fact);
  if (!field) {
    add(
      [...path, "fact"],
      `记录 ${records.key} 没有字段 ${c.fact}；可用字段：${[...records.fields.keys()].join("、")}`,
      "unknown_fact",
    );
  } else if (isRecordCondition(c)) {
    add([...path, "op"], "记录字段不能再用 some/none");
  } else if (isRelative(c)) {
    checkRelative(c, path, { key: c.fact, type: field.type }, scope, records, add, (w, p, r) =>
      checkFieldCondition(w, p, r, add, scope),
    );
  } else {
    checkLeaf(
      c.op,
      c.value,
      field.type,
      (field.values ?? []).map((v) => v.value),
      c.fact,
      path,
      add,
    );
  }
}

function checkLeaf(
  op: string,
  value: unknown,
  type: string,
  values: readonly string[],
  key: string,
  path: PathPart[],
  add: Add,
) {
  const listOps = op === "contains" || op === "containsAny" || op === "containsAll";
  if (listOps && type !== "set") {
    add([...path, "op"], `${op} 只能用于集合（set）类型的事实，${key} 是 ${type}`);
    return;
  }
  if (op === "within" && type !== "region") {
    add([...path, "op"], "within 只能用于行政区划（region）类型的事实");
    return;
  }
  if (scalarOps.has(op) && !["number", "money", "date", "ordered"].includes(type)) {
    add([...path, "op"], `${op} 只能比较数字、金额、日期或有序等级，${key} 是 ${type}`);
    return;
  }
  if (type === "enum" || type === "ordered" || type === "set") {
    if (values.length === 0) return; // open set (e.g. industries with no national values)
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    list.forEach((v) => {
      if (!values.includes(String(v)))
        add(
          [...path, "value"],
          `${key} 没有可选值 ${String(v)}；可选值：${values.join("、")}`,
          "unknown_value",
        );
    });
  }
  if ((type === "number" || type === "money") && value !== undefined && op !== "exists") {
    const list = Array.isArray(value) ? value : [value];
    if (list.some((v) => typeof v !== "number"))
      add([...path, "value"], `${key} 是数字，比较值也应为数字`);
  }
  if (type === "boolean" && op !== "exists" && typeof value !== "boolean")
    add([...path, "value"], `${key} 是是/否（boolean）事实，比较值应为 true 或 false`);
}

export function checkClaimLimit(
  limit: ClaimLimit,
  path: PathPart[],
  scope: Map<string, ResolvedFact>,
  add: Add,
) {
  if (limit.levelFact === undefined) return;
  const f = scope.get(limit.levelFact);
  if (!f) add([...path, "levelFact"], unknownFactMessage(limit.levelFact), "unknown_fact");
  else if (f.type !== "ordered")
    add(
      [...path, "levelFact"],
      `levelFact 应为有序等级（ordered）事实，如 skillLevel；${limit.levelFact} 是 ${f.type}`,
    );
}
