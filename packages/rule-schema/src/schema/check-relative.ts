import type { FactCondition, ValueRef } from "./condition.ts";
import type { FactField } from "./fact.ts";
import type { ResolvedFact } from "./facts-in-scope.ts";

type PathPart = PropertyKey;
type Add = (path: PathPart[], message: string, code?: string) => void;

/** What a comparison's two sides are: type and (ordered) ladder. */
interface Side {
  key: string;
  type: string;
}

const orderedTypes = new Set(["number", "money", "date", "ordered"]);

/** number~money compare as numbers; an ordered side ranks a string/enum side on its ladder. */
function comparable(a: string, b: string): boolean {
  if (a === b) return true;
  const numeric = (t: string) => t === "number" || t === "money";
  if (numeric(a) && numeric(b)) return true;
  const ladder = (t: string) => t === "ordered" || t === "string" || t === "enum";
  return (a === "ordered" || b === "ordered") && ladder(a) && ladder(b);
}

/**
 * Checks a comparison that reads the evaluation date (`measure`) or another value (`ref`):
 * the named facts and fields exist, the types can be compared, and `field` refs sit inside
 * `where`. Messages name the field and the fix.
 */
export function checkRelative(
  c: FactCondition,
  path: PathPart[],
  self: Side,
  scope: ReadonlyMap<string, ResolvedFact>,
  record: ResolvedFact | null,
  add: Add,
  checkWhere: (
    where: NonNullable<Extract<ValueRef, { max: string }>["where"]>,
    path: PathPart[],
    records: ResolvedFact,
  ) => void,
): void {
  if (c.measure !== undefined && self.type !== "date" && self.type !== "number")
    add(
      [...path, "measure"],
      `measure 只能用于日期（date）或年份（number）类型，${self.key} 是 ${self.type}；请改为比较日期或年份字段`,
      "measure_type",
    );
  const ref = c.ref;
  if (ref === undefined) return;
  const rp = [...path, "ref"];
  let other: Side | null = null;
  if ("date" in ref) {
    if (self.type !== "date")
      add(rp, `只有日期（date）类型能与本方案生效日比较，${self.key} 是 ${self.type}`, "ref_type");
    return;
  }
  if ("max" in ref) {
    const records = scope.get(ref.max);
    if (!records)
      add(
        [...rp, "max"],
        `未声明的记录事实 ${ref.max}；请写全国通用或方案已声明的记录事实，如 claims`,
        "unknown_fact",
      );
    else if (records.type !== "records")
      add([...rp, "max"], `max 须为记录列表（records），${ref.max} 是 ${records.type}`, "ref_type");
    else {
      const field = records.fields.get(ref.field);
      if (!field)
        add(
          [...rp, "field"],
          `记录 ${ref.max} 没有字段 ${ref.field}；可用字段：${[...records.fields.keys()].join("、")}`,
          "unknown_fact",
        );
      else other = { key: `${ref.max}.${ref.field}`, type: field.type };
      if (ref.where) checkWhere(ref.where, [...rp, "where"], records);
    }
  } else if ("field" in ref) {
    if (record === null) {
      add(
        [...rp, "field"],
        "ref.field（同一记录的另一字段）只能用在 some/none 的 where 里；比较另一事实请写 ref.fact",
        "ref_outside_record",
      );
      return;
    }
    const field: FactField | undefined = record.fields.get(ref.field);
    if (!field)
      add(
        [...rp, "field"],
        `记录 ${record.key} 没有字段 ${ref.field}；可用字段：${[...record.fields.keys()].join("、")}`,
        "unknown_fact",
      );
    else other = { key: ref.field, type: field.type };
  } else {
    const fact = scope.get(ref.fact);
    if (!fact)
      add(
        [...rp, "fact"],
        `未声明的事实 ${ref.fact}：请使用全国通用事实或在方案 facts 中声明`,
        "unknown_fact",
      );
    else other = { key: ref.fact, type: fact.type };
  }
  if (other === null) return;
  if (!comparable(self.type, other.type))
    add(
      rp,
      `${self.key}（${self.type}）不能与 ${other.key}（${other.type}）比较；两边应同为数字/金额、日期或同一等级序列`,
      "ref_type",
    );
  else if (
    c.op !== "eq" &&
    c.op !== "ne" &&
    !orderedTypes.has(self.type) &&
    !orderedTypes.has(other.type)
  )
    add(
      [...path, "op"],
      `${c.op} 只能比较数字、金额、日期或有序等级；${self.key} 与 ${other.key} 只能用 eq/ne`,
      "ref_type",
    );
}
