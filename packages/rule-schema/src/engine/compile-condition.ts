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
import {
  alwaysTrue,
  type EvalContext,
  kindSlot,
  type Predicate,
  readFact,
  regionSlot,
} from "./context.ts";

type Reader = (target: never) => unknown;
type FactInfo = { type: string; ranks: Map<string, number> | null };

/** Region prefix of a code used as a `within` bound: 420000 → 42, 420100 → 4201. */
export function regionPrefix(code: string): string {
  if (code.endsWith("0000")) return code.slice(0, 2);
  if (code.endsWith("00")) return code.slice(0, 4);
  return code;
}

/** rank of each value of an ordered fact or field (null for other types) */
export function ranksOf(
  values: readonly string[] | undefined,
  type: string,
): Map<string, number> | null {
  if (type !== "ordered" || !values) return null;
  return new Map(values.map((v, i) => [v, i]));
}

export interface ConditionCompiler {
  /** read a top-level fact (slot-based, or direct for explanations) */
  reader(key: string): (ctx: EvalContext) => unknown;
  /** fact key → slot, for filling `EvalContext.values` */
  readonly slots: ReadonlyMap<string, number>;
  /** compile a top-level condition read from the evaluation context */
  compile(condition: Condition | undefined): Predicate<EvalContext>;
  /** compile a condition on the fields of one record of a records fact */
  compileRecord(recordsKey: string, where: Condition): Predicate<Record<string, unknown>>;
}

/**
 * Conditions are compiled once into closures; evaluating one is a few property reads and
 * comparisons, with no allocation. `derivable` lists facts derivations may set, the only
 * ones that need the derived-overlay lookup.
 */
export function conditionCompiler(
  scope: ReadonlyMap<string, ResolvedFact>,
  mode: "slots" | "direct" = "slots",
): ConditionCompiler {
  const slots = new Map<string, number>([
    ["recipientKind", kindSlot],
    ["regionCode", regionSlot],
  ]);
  const slotOf = (key: string): number => {
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(key, slot);
    }
    return slot;
  };
  const topReader = (key: string): Reader => {
    if (mode === "direct") return ((c: EvalContext) => readFact(c, key)) as Reader;
    const slot = slotOf(key);
    return ((c: EvalContext) => c.values[slot]) as Reader;
  };

  const compileTop = (c: Condition): Predicate<never> => {
    if (isAll(c)) return combineAll(c.all.map(compileTop));
    if (isAny(c)) return combineAny(c.any.map(compileTop));
    if (isNot(c)) {
      const inner = compileTop(c.not);
      return (t) => !inner(t);
    }
    const fact = scope.get(c.fact);
    const read = topReader(c.fact);
    if (isRecordCondition(c)) {
      const fields = fact?.fields ?? new Map<string, FactField>();
      const where = compileField(c.where, fields);
      const none = c.op === "none";
      return (t) => {
        const list = read(t);
        if (!Array.isArray(list)) return none;
        for (let i = 0; i < list.length; i++) {
          const rec = list[i];
          if (rec !== null && typeof rec === "object" && where(rec as never)) return !none;
        }
        return none;
      };
    }
    const info: FactInfo = {
      type: fact?.type ?? "string",
      ranks: ranksOf(fact?.values, fact?.type ?? ""),
    };
    if (mode === "slots") {
      const fast = slotLeaf(c, slotOf(c.fact), info);
      if (fast !== null) return fast as Predicate<never>;
    }
    return leaf(c, read, info);
  };

  const compileField = (c: Condition, fields: ReadonlyMap<string, FactField>): Predicate<never> => {
    if (isAll(c)) return combineAll(c.all.map((s) => compileField(s, fields)));
    if (isAny(c)) return combineAny(c.any.map((s) => compileField(s, fields)));
    if (isNot(c)) {
      const inner = compileField(c.not, fields);
      return (t) => !inner(t);
    }
    if (isRecordCondition(c)) return () => false;
    const field = fields.get(c.fact);
    const key = c.fact;
    const read = ((r: Record<string, unknown>) => r[key]) as Reader;
    const info: FactInfo = {
      type: field?.type ?? "string",
      ranks: ranksOf(
        field?.values?.map((v) => v.value),
        field?.type ?? "",
      ),
    };
    return leaf(c, read, info);
  };

  return {
    slots,
    reader: (key) => topReader(key) as (ctx: EvalContext) => unknown,
    compile(condition) {
      if (condition === undefined) return alwaysTrue;
      return compileTop(condition) as Predicate<EvalContext>;
    },
    compileRecord(recordsKey, where) {
      const fields = scope.get(recordsKey)?.fields ?? new Map<string, FactField>();
      return compileField(where, fields) as Predicate<Record<string, unknown>>;
    },
  };
}

function combineAll(parts: Predicate<never>[]): Predicate<never> {
  if (parts.length === 0) return alwaysTrue;
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) {
    const [a, b] = parts as [Predicate<never>, Predicate<never>];
    return (t) => a(t) && b(t);
  }
  return (t) => {
    for (let i = 0; i < parts.length; i++) if (!parts[i]!(t)) return false;
    return true;
  };
}

function combineAny(parts: Predicate<never>[]): Predicate<never> {
  if (parts.length === 0) return () => false;
  if (parts.length === 1) return parts[0]!;
  return (t) => {
    for (let i = 0; i < parts.length; i++) if (parts[i]!(t)) return true;
    return false;
  };
}

/** Comparable key of a value for gt/gte/lt/lte/between: rank for ordered facts. */
function keyOf(info: FactInfo, v: unknown): number | string | undefined {
  if (info.ranks !== null) return typeof v === "string" ? info.ranks.get(v) : undefined;
  if (typeof v === "number" || typeof v === "string") return v;
  return undefined;
}

function leaf(c: FactCondition, read: Reader, info: FactInfo): Predicate<never> {
  const v = c.value;
  switch (c.op) {
    case "eq":
      return (t) => read(t) === v;
    case "ne":
      return (t) => {
        const a = read(t);
        return a !== undefined && a !== null && a !== v;
      };
    case "exists":
      return (t) => {
        const a = read(t);
        return a !== undefined && a !== null;
      };
    case "in":
    case "nin": {
      const set = new Set<unknown>(Array.isArray(v) ? v : [v]);
      const negate = c.op === "nin";
      return (t) => {
        const a = read(t);
        if (a === undefined || a === null) return false;
        return set.has(a) !== negate;
      };
    }
    case "contains":
      return (t) => {
        const a = read(t);
        return Array.isArray(a) && a.includes(v);
      };
    case "containsAny":
    case "containsAll": {
      const wanted = Array.isArray(v) ? [...v] : [v];
      const all = c.op === "containsAll";
      return (t) => {
        const a = read(t);
        if (!Array.isArray(a)) return false;
        for (let i = 0; i < wanted.length; i++) {
          const has = a.includes(wanted[i]);
          if (all && !has) return false;
          if (!all && has) return true;
        }
        return all;
      };
    }
    case "within": {
      const prefix = regionPrefix(String(v));
      return (t) => {
        const a = read(t);
        return typeof a === "string" && a.startsWith(prefix);
      };
    }
    case "between": {
      const [lo, hi] = (Array.isArray(v) ? v : []) as [unknown, unknown];
      const kl = keyOf(info, lo);
      const kh = keyOf(info, hi);
      if (kl === undefined || kh === undefined) return () => false;
      return (t) => {
        const k = keyOf(info, read(t));
        return k !== undefined && typeof k === typeof kl && k >= kl && k <= kh;
      };
    }
    default: {
      const k = keyOf(info, v);
      if (k === undefined) return () => false;
      const op = c.op;
      const ranks = info.ranks;
      if (ranks !== null) {
        const kn = k as number;
        const rank = (t: never) => {
          const a = read(t);
          return typeof a === "string" ? ranks.get(a) : undefined;
        };
        if (op === "gte")
          return (t) => {
            const r = rank(t);
            return r !== undefined && r >= kn;
          };
        if (op === "gt")
          return (t) => {
            const r = rank(t);
            return r !== undefined && r > kn;
          };
        if (op === "lte")
          return (t) => {
            const r = rank(t);
            return r !== undefined && r <= kn;
          };
        return (t) => {
          const r = rank(t);
          return r !== undefined && r < kn;
        };
      }
      const kind = typeof k;
      if (op === "gte")
        return (t) => {
          const a = read(t);
          return typeof a === kind && (a as number) >= (k as number);
        };
      if (op === "gt")
        return (t) => {
          const a = read(t);
          return typeof a === kind && (a as number) > (k as number);
        };
      if (op === "lte")
        return (t) => {
          const a = read(t);
          return typeof a === kind && (a as number) <= (k as number);
        };
      return (t) => {
        const a = read(t);
        return typeof a === kind && (a as number) < (k as number);
      };
    }
  }
}

/**
 * The common comparisons, reading `ctx.values[slot]` directly: one closure call per leaf
 * instead of two (a shared `read` closure cannot be inlined across many call sites).
 */
function slotLeaf(c: FactCondition, slot: number, info: FactInfo): Predicate<EvalContext> | null {
  const v = c.value;
  switch (c.op) {
    case "eq":
      return (t) => t.values[slot] === v;
    case "exists":
      return (t) => {
        const a = t.values[slot];
        return a !== undefined && a !== null;
      };
    case "contains":
      return (t) => {
        const a = t.values[slot];
        return Array.isArray(a) && a.includes(v);
      };
    case "in": {
      const set = new Set<unknown>(Array.isArray(v) ? v : [v]);
      return (t) => set.has(t.values[slot]);
    }
    case "containsAny": {
      const wanted = Array.isArray(v) ? [...v] : [v];
      return (t) => {
        const a = t.values[slot];
        if (!Array.isArray(a)) return false;
        for (let i = 0; i < wanted.length; i++) if (a.includes(wanted[i])) return true;
        return false;
      };
    }
    case "gt":
    case "gte":
    case "lt":
    case "lte": {
      const ranks = info.ranks;
      const k = keyOf(info, v);
      if (k === undefined) return () => false;
      if (ranks !== null) {
        const kn = k as number;
        const lo = c.op === "gte" ? kn : c.op === "gt" ? kn + 1 : Number.NEGATIVE_INFINITY;
        const hi = c.op === "lte" ? kn : c.op === "lt" ? kn - 1 : Number.POSITIVE_INFINITY;
        return (t) => {
          const a = t.values[slot];
          if (typeof a !== "string") return false;
          const r = ranks.get(a);
          return r !== undefined && r >= lo && r <= hi;
        };
      }
      if (typeof k !== "number") return null;
      if (c.op === "gte")
        return (t) => {
          const a = t.values[slot];
          return typeof a === "number" && a >= k;
        };
      if (c.op === "gt")
        return (t) => {
          const a = t.values[slot];
          return typeof a === "number" && a > k;
        };
      if (c.op === "lte")
        return (t) => {
          const a = t.values[slot];
          return typeof a === "number" && a <= k;
        };
      return (t) => {
        const a = t.values[slot];
        return typeof a === "number" && a < k;
      };
    }
    default:
      return null;
  }
}
