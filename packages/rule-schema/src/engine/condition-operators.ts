import type { FactCondition } from "../schema/condition.ts";
import { alwaysTrue } from "./context.ts";
import type { EvalContext, Predicate } from "./types.ts";

/*
 * One closure per operator of a fact condition (eq, gte, contains, within…), and the
 * combinators of all/any. compile-condition.ts walks a condition tree and calls these.
 */

export type Reader = (target: never) => unknown;
export type FactInfo = { type: string; ranks: Map<string, number> | null };

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

export function combineAll(parts: Predicate<never>[]): Predicate<never> {
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

export function combineAny(parts: Predicate<never>[]): Predicate<never> {
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

export function operatorTest(c: FactCondition, read: Reader, info: FactInfo): Predicate<never> {
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
export function slotOperatorTest(
  c: FactCondition,
  slot: number,
  info: FactInfo,
): Predicate<EvalContext> | null {
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
