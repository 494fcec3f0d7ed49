import type { Amount, AmountBase, ResolvedFact } from "@jiangce/rule-schema";
import { recordPredicate } from "./records.ts";

/**
 * Money rules shared by the translators, written from the schema's documentation: integer fen,
 * ratios and percents scaled to basis points, products rounded half up, the cap clips, an
 * amount of 0 (or a missing base/count) pays nothing.
 */
export function scaled(amount: Amount): { numerator: number; denominator: number } | null {
  switch (amount.kind) {
    case "matching":
      return { numerator: Math.round(amount.ratio * 10000), denominator: 10000 };
    case "uplift":
      return { numerator: Math.round((100 + amount.percent) * 100), denominator: 10000 };
    case "percent-of":
      return { numerator: Math.round(amount.percent * 100), denominator: 10000 };
    default:
      return null;
  }
}

export function roundHalfUp(fen: number, numerator: number, denominator: number): number {
  const product = fen * numerator;
  if (Number.isSafeInteger(product))
    return Math.floor((product + Math.floor(denominator / 2)) / denominator);
  const d = BigInt(denominator);
  return Number((BigInt(fen) * BigInt(numerator) + d / 2n) / d);
}

export const clip = (fen: number, cap: number | undefined) =>
  cap !== undefined && fen > cap ? cap : fen;

/** A fen base from the profile: a money fact, a stated figure, or a sum over records. */
export function baseFen(
  of: AmountBase,
  facts: Record<string, unknown>,
  scope: ReadonlyMap<string, ResolvedFact>,
): number | null {
  if ("fen" in of) return of.fen;
  if ("fact" in of) {
    const v = facts[of.fact];
    return isFen(v) ? v : null;
  }
  if ("records" in of) {
    const list = facts[of.records];
    if (!Array.isArray(list)) return null;
    const where = of.where
      ? recordPredicate(of.where, scope.get(of.records)?.fields ?? new Map())
      : null;
    let sum = 0;
    let count = 0;
    for (const rec of list) {
      if (rec === null || typeof rec !== "object") continue;
      if (where && !where(rec as Record<string, unknown>)) continue;
      const v = (rec as Record<string, unknown>)[of.field];
      if (!isFen(v)) continue;
      sum += v;
      count++;
    }
    return count === 0 ? null : sum;
  }
  throw new Error("a matter base is settled, not read from facts");
}

/**
 * The limit of `cap` and `capOf` (不得超过…的15%) for this profile; a relative cap whose
 * base is unknown does not clip (the figure is then only a ceiling). Matter-based relative
 * caps are not translated.
 */
export function limitOf(
  amount: Amount,
  facts: Record<string, unknown>,
  scope: ReadonlyMap<string, ResolvedFact>,
): number | undefined {
  let limit = amount.cap;
  const capOf = (amount as { capOf?: { percent: number; of: AmountBase } }).capOf;
  if (capOf !== undefined) {
    if ("matter" in capOf.of) throw new Error("capOf of a matter is not translated");
    const base = baseFen(capOf.of, facts, scope);
    if (base !== null) {
      const relative = roundHalfUp(base, Math.round(capOf.percent * 100), 10000);
      if (limit === undefined || relative < limit) limit = relative;
    }
  }
  return limit;
}

export const isFen = (v: unknown): v is number =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

export function baseOf(amount: Amount): AmountBase | null {
  return "of" in amount ? amount.of : null;
}

/** "qualified, the amount follows from another matter's paid total" (computed at settlement) */
export const needsMatterBase = (amount: Amount) => {
  const of = baseOf(amount);
  return of !== null && "matter" in of;
};

const nonZero = (fen: number) => (fen === 0 ? null : fen);

/** The value a peer reports for one candidate. */
export type CandidateValue = number | "unspecified" | "by-matter";

/**
 * Amount of a qualified candidate from the profile's facts, for peers that cannot compute
 * (json-rules-engine has no arithmetic). Null = pays nothing.
 */
export function amountFromFacts(
  amount: Amount,
  facts: Record<string, unknown>,
  scope: ReadonlyMap<string, ResolvedFact>,
): CandidateValue | null {
  switch (amount.kind) {
    case "fixed":
      return amount.fen === 0 ? null : nonZero(clip(amount.fen, limitOf(amount, facts, scope)));
    case "unspecified":
      return "unspecified";
    case "per-unit": {
      let n: unknown;
      if ("fact" in amount.count) n = facts[amount.count.fact];
      else {
        const list = facts[amount.count.records];
        const where = recordPredicate(
          amount.count.where,
          scope.get(amount.count.records)?.fields ?? new Map(),
        );
        n = Array.isArray(list)
          ? list.filter((r) => r !== null && typeof r === "object" && where(r)).length
          : 0;
      }
      if (typeof n !== "number" || !Number.isSafeInteger(n) || n <= 0) return null;
      return nonZero(clip(amount.fenPerUnit * n, limitOf(amount, facts, scope)));
    }
    default: {
      const of = amount.of;
      if ("matter" in of) return "by-matter";
      const base = baseFen(of, facts, scope);
      if (base === null) return null;
      const s = scaled(amount)!;
      return nonZero(
        clip(roundHalfUp(base, s.numerator, s.denominator), limitOf(amount, facts, scope)),
      );
    }
  }
}
