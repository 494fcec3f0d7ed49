import { type Condition, isAll, isAny, isNot, isRecordCondition } from "../schema/condition.ts";
import { kindSlot, regionSlot } from "./context.ts";

/**
 * Facts that must be present — and, for lists, non-empty — in a profile for a condition to
 * hold: a comparison on an absent fact is false, `contains`/`some` on an empty list too, so
 * a leaf requires its fact, except `exists`/`ne`/`nin` (true for an empty list); `all`
 * requires the union, `any` the intersection, `not`/`none` nothing.
 */
export function requiredFacts(c: Condition | undefined): Set<string> {
  if (c === undefined) return new Set();
  if (isAll(c)) {
    const out = new Set<string>();
    for (const s of c.all) for (const k of requiredFacts(s)) out.add(k);
    return out;
  }
  if (isAny(c)) {
    if (c.any.length === 0) return new Set();
    return intersection(c.any.map(requiredFacts));
  }
  if (isNot(c)) return new Set();
  if (isRecordCondition(c)) return c.op === "some" ? new Set([c.fact]) : new Set();
  // exists/ne/nin hold for an empty list, which evaluation does not mark present
  if (c.op === "exists" || c.op === "ne" || c.op === "nin") return new Set();
  return c.value === undefined ? new Set() : new Set([c.fact]);
}

/** keys in every set (none for an empty list) */
export function intersection(sets: readonly Set<string>[]): Set<string> {
  const [first, ...rest] = sets;
  const out = new Set<string>();
  if (first === undefined) return out;
  for (const k of first) if (rest.every((s) => s.has(k))) out.add(k);
  return out;
}

/**
 * A presence mask over fact slots: evaluation skips a benefit, treatment group or derivation
 * with one AND when a required fact is absent, without calling its closures. Only one
 * 32-slot word is kept (the one with the most required facts): a necessary condition, so a
 * mask never skips anything that could qualify. Kind and region are always present.
 */
export interface PresenceMask {
  word: number;
  /** 0 = nothing required */
  bits: number;
}

export function presenceMask(
  keys: Iterable<string>,
  slots: ReadonlyMap<string, number>,
): PresenceMask {
  const words = new Map<number, number>();
  for (const key of keys) {
    const slot = slots.get(key);
    if (slot === undefined || slot === kindSlot || slot === regionSlot) continue;
    const w = slot >> 5;
    words.set(w, (words.get(w) ?? 0) | (1 << (slot & 31)));
  }
  let best: PresenceMask = { word: 0, bits: 0 };
  let bestCount = 0;
  for (const [word, bits] of [...words].sort((a, b) => a[0] - b[0])) {
    const count = popcount(bits);
    if (count > bestCount) {
      best = { word, bits };
      bestCount = count;
    }
  }
  return best;
}

function popcount(n: number): number {
  let c = 0;
  for (let v = n; v !== 0; v &= v - 1) c++;
  return c;
}
