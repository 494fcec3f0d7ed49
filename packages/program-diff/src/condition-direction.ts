import type { Condition, ResolvedFact } from "@jiangce/rule-schema";

type Scope = ReadonlyMap<string, ResolvedFact>;
export type Direction = "tightened" | "loosened" | "changed";

const key = (c: unknown) => JSON.stringify(c);

function conjuncts(c: Condition | undefined): Condition[] {
  if (c === undefined) return [];
  // {all:[{all:[a,b]},c]} requires what {all:[a,b,c]} requires
  if ("all" in c) return c.all.flatMap(conjuncts);
  return [c];
}

/** Rank of a value on an ordered fact (values are declared lowest first); numbers are themselves. */
function rank(scope: Scope, fact: string, value: unknown): number | null {
  if (typeof value === "number") return value;
  const f = scope.get(fact);
  if (f?.type !== "ordered") return null;
  const i = f.values.indexOf(String(value));
  return i < 0 ? null : i;
}

/** One comparison against another on the same fact: did the bar go up or down? */
function compareOne(scope: Scope, a: Condition, b: Condition): Direction {
  if (!("fact" in a) || !("fact" in b) || a.fact !== b.fact || a.op !== b.op) return "changed";
  if ("where" in a || "where" in b) return "changed";
  const x = rank(scope, a.fact, a.value);
  const y = rank(scope, b.fact, b.value);
  if ((a.op === "gte" || a.op === "gt") && x !== null && y !== null && x !== y)
    return y > x ? "tightened" : "loosened";
  if ((a.op === "lte" || a.op === "lt") && x !== null && y !== null && x !== y)
    return y < x ? "tightened" : "loosened";
  if (
    (a.op === "in" || a.op === "containsAny") &&
    Array.isArray(a.value) &&
    Array.isArray(b.value)
  ) {
    const before = new Set(a.value.map(String));
    const after = new Set(b.value.map(String));
    if ([...after].every((v) => before.has(v)) && after.size < before.size) return "tightened";
    if ([...before].every((v) => after.has(v)) && after.size > before.size) return "loosened";
  }
  return "changed";
}

/**
 * Whether a benefit's conditions now admit fewer (tightened) or more (loosened) applicants,
 * when that follows from the shape: a requirement added to or dropped from an "all", a level
 * raised or lowered, a list narrowed or widened. Anything else is just "changed".
 */
export function conditionDirection(
  scope: Scope,
  before: Condition | undefined,
  after: Condition | undefined,
): Direction {
  if (before !== undefined && after !== undefined && "any" in before && "any" in after) {
    const a = new Set(before.any.map(key));
    const b = new Set(after.any.map(key));
    if ([...a].every((k) => b.has(k)) && b.size > a.size) return "loosened";
    if ([...b].every((k) => a.has(k)) && b.size < a.size) return "tightened";
    return "changed";
  }
  const a = conjuncts(before);
  const b = conjuncts(after);
  const keysA = new Set(a.map(key));
  const keysB = new Set(b.map(key));
  const onlyA = a.filter((c) => !keysB.has(key(c)));
  const onlyB = b.filter((c) => !keysA.has(key(c)));
  if (onlyA.length === 0 && onlyB.length > 0) return "tightened";
  if (onlyB.length === 0 && onlyA.length > 0) return "loosened";
  if (onlyA.length === 1 && onlyB.length === 1)
    return compareOne(scope, onlyA[0] as Condition, onlyB[0] as Condition);
  return "changed";
}
