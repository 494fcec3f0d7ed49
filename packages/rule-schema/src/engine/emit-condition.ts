import {
  type Condition,
  type FactCondition,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
} from "../schema/condition.ts";
import type { FactField } from "../schema/fact.ts";
import type { ResolvedFact } from "../schema/facts-in-scope.ts";
import { ranksOf } from "./condition-operators.ts";
import { hasRelative } from "./relative-condition.ts";
import type { ConditionCompiler } from "./types.ts";

/**
 * Emits a condition as a JavaScript boolean expression for the generated plan functions
 * (plan-code.ts), with exactly the semantics of the closures `compile-condition.ts` builds:
 * the common comparisons are written inline (`v[slot]` reads, literal operands, small helpers
 * the optimiser inlines); any other comparison is compiled to its closure by the same
 * condition compiler and called from the expression, so both paths share one definition of
 * what it means. The emitted source contains only numbers, JSON string literals and the names
 * below — never text from a program outside a JSON string literal.
 *
 * Names in scope of the emitted code: `v` (slot values), `ctx` (evaluation context), `k`
 * (constants), and the helpers of `emitHelpers`.
 */
export interface ConditionEmitter {
  /** a boolean expression over `v`/`ctx` for a top-level condition */
  emit(condition: Condition): string;
  /** helper functions the expressions call (records quantifiers), as source */
  readonly functions: string[];
  /** the constants the expressions reference as `k[i]` */
  readonly constants: unknown[];
}

/** Helpers shared by all generated plans; each keeps one comparison's exact semantics. */
export const emitHelpers = {
  isArray: Array.isArray,
  /** contains */
  inc: (a: unknown, x: unknown) => Array.isArray(a) && a.includes(x),
  /** containsAny over a list fact (slot form) */
  incAny: (a: unknown, wanted: readonly unknown[]) => {
    if (!Array.isArray(a)) return false;
    for (let i = 0; i < wanted.length; i++) if (a.includes(wanted[i])) return true;
    return false;
  },
  /** ordered fact within [lo, hi] ranks */
  rank: (ranks: Map<string, number>, a: unknown, lo: number, hi: number) => {
    if (typeof a !== "string") return false;
    const r = ranks.get(a);
    return r !== undefined && r >= lo && r <= hi;
  },
  ge: (a: unknown, k: number) => typeof a === "number" && a >= k,
  gt: (a: unknown, k: number) => typeof a === "number" && a > k,
  le: (a: unknown, k: number) => typeof a === "number" && a <= k,
  lt: (a: unknown, k: number) => typeof a === "number" && a < k,
  /** defined (not undefined/null) */
  ex: (a: unknown) => a !== undefined && a !== null,
  /** `in` on a record field: absent never matches */
  inSet: (set: Set<unknown>, a: unknown) => a !== undefined && a !== null && set.has(a),
  ninSet: (set: Set<unknown>, a: unknown) => a !== undefined && a !== null && !set.has(a),
};
export const emitHelperNames = Object.keys(emitHelpers);

/** a JS literal for a primitive operand, or null when it must be passed as a constant */
function literal(value: unknown): string | null {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number" && Number.isFinite(value))
    return value < 0 || Object.is(value, -0) ? `(${String(value)})` : String(value);
  return null;
}

function numberLiteral(n: number): string {
  if (n === Number.POSITIVE_INFINITY) return "Infinity";
  if (n === Number.NEGATIVE_INFINITY) return "-Infinity";
  return literal(n) ?? "NaN";
}

export function conditionEmitter(
  scope: ReadonlyMap<string, ResolvedFact>,
  closures: ConditionCompiler,
): ConditionEmitter {
  const constants: unknown[] = [];
  const functions: string[] = [];
  const constant = (value: unknown): string => {
    constants.push(value);
    return `k[${constants.length - 1}]`;
  };
  const operand = (value: unknown): string => literal(value) ?? constant(value);
  /** a closure call: the same predicate the closure path runs */
  const viaClosure = (c: Condition): string => `${constant(closures.compile(c))}(ctx)`;

  /** all/any/not as in `combineAll`/`combineAny` (empty all holds, empty any does not) */
  const emitTree = (c: Condition, leaf: (c: Condition) => string): string => {
    if (isAll(c))
      return c.all.length === 0 ? "true" : `(${c.all.map((s) => emitTree(s, leaf)).join(" && ")})`;
    if (isAny(c))
      return c.any.length === 0 ? "false" : `(${c.any.map((s) => emitTree(s, leaf)).join(" || ")})`;
    if (isNot(c)) return `!${emitTree(c.not, leaf)}`;
    return leaf(c);
  };

  /** the comparisons whose top-level (`slotLeaf`) and field (`leaf`) closures agree */
  const emitCommon = (c: FactCondition, read: string): string | null => {
    switch (c.op) {
      case "eq":
        return `(${read} === ${operand(c.value)})`;
      case "exists":
        return `ex(${read})`;
      case "contains":
        return `inc(${read}, ${operand(c.value)})`;
      default:
        return null;
    }
  };

  /** a top-level comparison or records quantifier, reading `v[slot]` */
  const emitTop = (c: Condition): string => {
    if (isAll(c) || isAny(c) || isNot(c)) return emitTree(c, emitTop);
    const slot = closures.slots.get(c.fact);
    // comparisons reading the evaluation date or another value run their closure
    if (slot === undefined || hasRelative(c)) return viaClosure(c);
    const read = `v[${slot}]`;
    if (isRecordCondition(c)) {
      const fields = scope.get(c.fact)?.fields ?? new Map<string, FactField>();
      const where = emitTree(c.where, (f) => emitField(f, fields, c.fact));
      const none = c.op === "none" ? "true" : "false";
      const name = `r${functions.length}`;
      functions.push(
        `function ${name}(list) {
  if (!isArray(list)) return ${none};
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    if (r !== null && typeof r === "object" && ${where}) return !${none};
  }
  return ${none};
}`,
      );
      return `${name}(${read})`;
    }
    return emitCommon(c, read) ?? emitSlotLeaf(c, read) ?? viaClosure(c);
  };

  /** mirrors the rest of `slotLeaf` in compile-condition.ts (null where it returns null) */
  const emitSlotLeaf = (c: FactCondition, read: string): string | null => {
    const fact = scope.get(c.fact);
    const v = c.value;
    switch (c.op) {
      case "in":
        return `${constant(new Set<unknown>(Array.isArray(v) ? v : [v]))}.has(${read})`;
      case "containsAny":
        return `incAny(${read}, ${constant(Array.isArray(v) ? [...v] : [v])})`;
      case "gt":
      case "gte":
      case "lt":
      case "lte":
        return emitOrder(c, read, ranksOf(fact?.values, fact?.type ?? ""));
      default:
        return null;
    }
  };

  /** gt/gte/lt/lte: ranks for ordered facts, numbers otherwise (strings: via the closure) */
  const emitOrder = (
    c: FactCondition,
    read: string,
    ranks: Map<string, number> | null,
  ): string | null => {
    const v = c.value;
    if (ranks !== null) {
      const kn = typeof v === "string" ? ranks.get(v) : undefined;
      if (kn === undefined) return "false";
      const lo = c.op === "gte" ? kn : c.op === "gt" ? kn + 1 : Number.NEGATIVE_INFINITY;
      const hi = c.op === "lte" ? kn : c.op === "lt" ? kn - 1 : Number.POSITIVE_INFINITY;
      return `rank(${constant(ranks)}, ${read}, ${numberLiteral(lo)}, ${numberLiteral(hi)})`;
    }
    if (typeof v === "number" && Number.isFinite(v)) {
      const fn = c.op === "gte" ? "ge" : c.op === "gt" ? "gt" : c.op === "lte" ? "le" : "lt";
      return `${fn}(${read}, ${numberLiteral(v)})`;
    }
    if (typeof v !== "string") return "false";
    return null;
  };

  /** mirrors `compileField`'s leaves: one comparison on a field of the record `r` */
  const emitField = (
    c: Condition,
    fields: ReadonlyMap<string, FactField>,
    recordsKey: string,
  ): string => {
    // emitTree handles all/any/not; a records quantifier on a field never holds (compileField)
    if (isAll(c) || isAny(c) || isNot(c) || isRecordCondition(c)) return "false";
    const field = fields.get(c.fact);
    const read = `r[${JSON.stringify(c.fact)}]`;
    const v = c.value;
    const ranks = ranksOf(
      field?.values?.map((x) => x.value),
      field?.type ?? "",
    );
    const inline =
      emitCommon(c, read) ??
      (c.op === "in" || c.op === "nin"
        ? `${c.op === "in" ? "inSet" : "ninSet"}(${constant(new Set<unknown>(Array.isArray(v) ? v : [v]))}, ${read})`
        : c.op === "gt" || c.op === "gte" || c.op === "lt" || c.op === "lte"
          ? emitOrder(c, read, ranks)
          : null);
    return inline ?? `${constant(closures.compileRecord(recordsKey, c))}(r)`;
  };

  return { emit: emitTop, functions, constants };
}
