import {
  type Condition,
  type FactField,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
} from "@jiangce/rule-schema";

/**
 * A condition on one record's fields as a JS predicate, for amounts json-rules-engine cannot
 * compute itself (a sum over matching records). Same reading as the schema documents:
 * ordered fields compare by rank, absent values fail every comparison but `ne`/`nin` too.
 */
export type RecordPredicate = (record: Record<string, unknown>) => boolean;

const cache = new WeakMap<Condition, RecordPredicate>();

export function recordPredicate(
  where: Condition,
  fields: ReadonlyMap<string, FactField>,
): RecordPredicate {
  const hit = cache.get(where);
  if (hit) return hit;
  const compiled = build(where, fields);
  cache.set(where, compiled);
  return compiled;
}

function build(c: Condition, fields: ReadonlyMap<string, FactField>): RecordPredicate {
  if (isAll(c)) {
    const parts = c.all.map((s) => build(s, fields));
    return (r) => parts.every((p) => p(r));
  }
  if (isAny(c)) {
    const parts = c.any.map((s) => build(s, fields));
    return (r) => parts.some((p) => p(r));
  }
  if (isNot(c)) {
    const inner = build(c.not, fields);
    return (r) => !inner(r);
  }
  if (isRecordCondition(c)) return () => false;
  const key = c.fact;
  const v = c.value;
  const field = fields.get(key);
  const ranks =
    field?.type === "ordered" ? new Map((field.values ?? []).map((x, i) => [x.value, i])) : null;
  const rank = (x: unknown) =>
    ranks ? (typeof x === "string" ? ranks.get(x) : undefined) : (x as number);
  const present = (x: unknown) => x !== undefined && x !== null;
  switch (c.op) {
    case "eq":
      return (r) => r[key] === v;
    case "ne":
      return (r) => present(r[key]) && r[key] !== v;
    case "exists":
      return (r) => present(r[key]);
    case "in":
      return (r) => present(r[key]) && (v as unknown[]).includes(r[key]);
    case "nin":
      return (r) => present(r[key]) && !(v as unknown[]).includes(r[key]);
    case "gt":
    case "gte":
    case "lt":
    case "lte":
    case "between": {
      const bounds = (Array.isArray(v) ? v : [v]).map(rank) as number[];
      return (r) => {
        const x = rank(r[key]);
        if (x === undefined || (ranks === null && typeof r[key] !== "number")) return false;
        if (c.op === "gt") return x > bounds[0]!;
        if (c.op === "gte") return x >= bounds[0]!;
        if (c.op === "lt") return x < bounds[0]!;
        if (c.op === "lte") return x <= bounds[0]!;
        return x >= bounds[0]! && x <= bounds[1]!;
      };
    }
    default:
      throw new Error(`records: op ${c.op} is not translated`);
  }
}
