import type { Amount } from "../schema/amount.ts";
import { type Condition, isAll, isAny, isNot } from "../schema/condition.ts";

/** Top-level fact keys a condition reads (a records condition reads its records fact). */
export function conditionFactKeys(c: Condition | undefined, into: Set<string>): Set<string> {
  if (c === undefined) return into;
  if (isAll(c)) for (const s of c.all) conditionFactKeys(s, into);
  else if (isAny(c)) for (const s of c.any) conditionFactKeys(s, into);
  else if (isNot(c)) conditionFactKeys(c.not, into);
  else into.add(c.fact);
  return into;
}

/** Fact keys an amount reads (money bases, count facts, counted records). */
export function amountFactKeys(a: Amount, into: Set<string>): Set<string> {
  if ("of" in a && "fact" in a.of) into.add(a.of.fact);
  if (a.kind === "per-unit") into.add("fact" in a.count ? a.count.fact : a.count.records);
  return into;
}
