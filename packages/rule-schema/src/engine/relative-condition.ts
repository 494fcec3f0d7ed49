import type { Condition, FactCondition } from "../schema/condition.ts";
import { isAll, isAny, isNot, isRecordCondition, isRelative } from "../schema/condition.ts";
import type { FactInfo, Reader } from "./condition-operators.ts";
import type { EvalContext, Predicate } from "./types.ts";

/*
 * Comparisons that read more than their own value: the evaluation date (`measure`), another
 * fact or field, or the highest value of a field over records (`ref`). The closure path and
 * the generated code both run these closures (emit-condition.ts calls them), so there is one
 * definition of what they mean.
 */

/** What a relative comparison needs from the condition compiler. */
export interface RelativeEnv {
  /** a top-level fact as conditions read it (slot or derived overlay) */
  readTop(key: string): (ctx: EvalContext) => unknown;
  /** type and ladder of a top-level fact, or of a field of a records fact */
  infoOf(key: string, field?: string): FactInfo;
  compileRecord(recordsKey: string, where: Condition): Predicate<Record<string, unknown>>;
  /** the context of the evaluation running now (record tests have only the record) */
  holder: { ctx: EvalContext | null };
}

/** Whole years from a date (or a year) to asOf: age on the as-of date. */
export function yearsSince(value: unknown, asOf: string): number | undefined {
  const y = Number(asOf.slice(0, 4));
  if (typeof value === "number") return Number.isFinite(value) ? y - value : undefined;
  if (typeof value !== "string" || value.length < 10) return undefined;
  const years = y - Number(value.slice(0, 4));
  const n = asOf.slice(5, 10) < value.slice(5, 10) ? years - 1 : years;
  return Number.isFinite(n) ? n : undefined;
}

/** The evaluation year minus the calendar year of a date (or a year): 0 = this year. */
export function calendarYearsSince(value: unknown, asOf: string): number | undefined {
  const y = Number(asOf.slice(0, 4));
  if (typeof value === "number") return Number.isFinite(value) ? y - value : undefined;
  if (typeof value !== "string" || value.length < 4) return undefined;
  const n = y - Number(value.slice(0, 4));
  return Number.isFinite(n) ? n : undefined;
}

type Key = number | string;

function compare(op: string, a: Key, b: Key): boolean {
  switch (op) {
    case "eq":
      return a === b;
    case "ne":
      return a !== b;
    case "gt":
      return a > b;
    case "gte":
      return a >= b;
    case "lt":
      return a < b;
    default:
      return a <= b;
  }
}

/** Comparable key on a ladder (ordered facts) or as a number/date string. */
function keyer(ladder: Map<string, number> | null): (v: unknown) => Key | undefined {
  if (ladder !== null) return (v) => (typeof v === "string" ? ladder.get(v) : undefined);
  return (v) => (typeof v === "number" || typeof v === "string" ? v : undefined);
}

/** Whether a condition (a `where`) holds a relative comparison anywhere. */
export function hasRelative(c: Condition): boolean {
  if (isAll(c)) return c.all.some(hasRelative);
  if (isAny(c)) return c.any.some(hasRelative);
  if (isNot(c)) return hasRelative(c.not);
  if (isRecordCondition(c)) return hasRelative(c.where);
  return isRelative(c);
}

/**
 * A relative comparison. `read` reads the compared value from the target (the context, or a
 * record inside `where`); `ctxOf` gives the evaluation context for the same target.
 */
export function relativeTest(
  c: FactCondition,
  read: Reader,
  info: FactInfo,
  ctxOf: (target: never) => EvalContext,
  env: RelativeEnv,
  recordsKey?: string,
): Predicate<never> {
  const op = c.op;
  if (c.measure !== undefined) {
    const measure = c.measure === "yearsSince" ? yearsSince : calendarYearsSince;
    const v = c.value;
    if (op === "between") {
      const [lo, hi] = (Array.isArray(v) ? v : []) as [unknown, unknown];
      if (typeof lo !== "number" || typeof hi !== "number") return () => false;
      return (t) => {
        const n = measure(read(t), ctxOf(t).asOf);
        return n !== undefined && n >= lo && n <= hi;
      };
    }
    if (typeof v !== "number") return () => false;
    return (t) => {
      const n = measure(read(t), ctxOf(t).asOf);
      return n !== undefined && compare(op, n, v);
    };
  }
  const ref = c.ref;
  if (ref === undefined || "date" in ref) return () => false; // dates are bound at compile time
  if ("max" in ref) {
    const ladder = info.ranks ?? env.infoOf(ref.max, ref.field).ranks;
    const key = keyer(ladder);
    const list = env.readTop(ref.max);
    const where = ref.where ? env.compileRecord(ref.max, ref.where) : null;
    const field = ref.field;
    return (t) => {
      const self = key(read(t));
      if (self === undefined) return false;
      const ctx = ctxOf(t);
      const records = list(ctx);
      let best: Key | undefined;
      if (Array.isArray(records)) {
        env.holder.ctx = ctx;
        for (const r of records) {
          if (r === null || typeof r !== "object") continue;
          if (where !== null && !where(r as Record<string, unknown>)) continue;
          const k = key((r as Record<string, unknown>)[field]);
          if (k !== undefined && typeof k === typeof self && (best === undefined || k > best))
            best = k;
        }
      }
      // nothing claimed before: the value is above every earlier one
      if (best === undefined) return op === "gt" || op === "gte";
      return compare(op, self, best);
    };
  }
  // readers are made now: a fact's slot must exist before the compiled set's slot table does
  const top = "field" in ref ? null : env.readTop(ref.fact);
  const other: Reader =
    top === null
      ? (((r: Record<string, unknown>) => r[(ref as { field: string }).field]) as Reader)
      : (((t: never) => top(ctxOf(t))) as Reader);
  const otherInfo =
    "field" in ref
      ? recordsKey === undefined
        ? null
        : env.infoOf(recordsKey, ref.field)
      : env.infoOf(ref.fact);
  const key = keyer(info.ranks ?? otherInfo?.ranks ?? null);
  return (t) => {
    const a = key(read(t));
    const b = key(other(t));
    return a !== undefined && b !== undefined && typeof a === typeof b && compare(op, a, b);
  };
}
