import type { Amount, AmountBase } from "../schema/amount.ts";
import type { Benefit } from "../schema/benefit.ts";
import {
  type Condition,
  type FactCondition,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
} from "../schema/condition.ts";

/*
 * The one walker over what conditions and amounts read. The compiler (required facts, the
 * matter graph) and the apps (the checker form asks for every fact a program reads) use it,
 * so a new amount kind or base is handled in one place.
 */

/**
 * Top-level fact keys a condition reads (a records condition reads its records fact), and
 * those its comparisons refer to (`ref.fact`, `ref.max`, also inside `where`).
 */
export function conditionFactKeys(c: Condition | undefined, into: Set<string>): Set<string> {
  if (c === undefined) return into;
  if (isAll(c)) for (const s of c.all) conditionFactKeys(s, into);
  else if (isAny(c)) for (const s of c.any) conditionFactKeys(s, into);
  else if (isNot(c)) conditionFactKeys(c.not, into);
  else {
    into.add(c.fact);
    if (isRecordCondition(c)) referredFacts(c.where, into);
    else refFacts(c, into);
  }
  return into;
}

function refFacts(c: FactCondition, into: Set<string>): void {
  const ref = c.ref;
  if (ref === undefined) return;
  if ("fact" in ref) into.add(ref.fact);
  else if ("max" in ref) {
    into.add(ref.max);
    if (ref.where) referredFacts(ref.where, into);
  }
}

/** Inside `where` fields are the record's own; only `ref.fact` reads the profile. */
function referredFacts(c: Condition, into: Set<string>): void {
  if (isAll(c)) for (const s of c.all) referredFacts(s, into);
  else if (isAny(c)) for (const s of c.any) referredFacts(s, into);
  else if (isNot(c)) referredFacts(c.not, into);
  else if (!isRecordCondition(c)) refFacts(c, into);
}

/** The amounts of a benefit: its own, or one per tier. */
export function benefitAmounts(benefit: Benefit): Amount[] {
  return benefit.amount ? [benefit.amount] : (benefit.tiers ?? []).map((t) => t.amount);
}

/** The bases an amount reads: `of` (matching, uplift, percent-of) and the base of `capOf`. */
export function amountBases(a: Amount): { base: AmountBase; role: "base" | "cap" }[] {
  const out: { base: AmountBase; role: "base" | "cap" }[] = [];
  if ("of" in a) out.push({ base: a.of, role: "base" });
  if (a.capOf !== undefined) out.push({ base: a.capOf.of, role: "cap" });
  return out;
}

function baseFact(base: AmountBase): string | null {
  if ("fact" in base) return base.fact;
  if ("records" in base) return base.records;
  return null; // a matter or a stated figure reads no fact of the profile
}

/**
 * Fact keys an amount reads: the per-unit count (a fact or counted records), the money base
 * (a fact or summed records) and the base of `capOf`. With `{ required: true }` only those
 * without which the amount pays nothing (count and base; an unknown `capOf` base leaves the
 * figure as a ceiling, so it is not required).
 */
export function amountFactKeys(
  a: Amount,
  into: Set<string>,
  options: { required?: boolean } = {},
): Set<string> {
  if (a.kind === "per-unit") into.add("fact" in a.count ? a.count.fact : a.count.records);
  for (const { base, role } of amountBases(a)) {
    if (role === "cap" && options.required === true) continue;
    const key = baseFact(base);
    if (key !== null) into.add(key);
  }
  return into;
}
