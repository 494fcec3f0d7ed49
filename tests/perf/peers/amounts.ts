import type { Amount, AmountBase } from "@jiangce/rule-schema";

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

/**
 * The limit of `cap` and `capOf` (不得超过…的15%) for this profile; a relative cap whose
 * base is unknown does not clip (the figure is then only a ceiling). Matter-based relative
 * caps are not translated.
 */
export function limitOf(amount: Amount, facts: Record<string, unknown>): number | undefined {
  let limit = amount.cap;
  const capOf = (amount as { capOf?: { percent: number; of: AmountBase } }).capOf;
  if (capOf !== undefined) {
    if ("matter" in capOf.of) throw new Error("capOf of a matter is not translated");
    const base = "fen" in capOf.of ? capOf.of.fen : facts[capOf.of.fact];
    if (isFen(base)) {
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
): CandidateValue | null {
  switch (amount.kind) {
    case "fixed":
      return amount.fen === 0 ? null : nonZero(clip(amount.fen, limitOf(amount, facts)));
    case "unspecified":
      return "unspecified";
    case "per-unit": {
      if (!("fact" in amount.count)) throw new Error("records count is not translated");
      const n = facts[amount.count.fact];
      if (typeof n !== "number" || !Number.isSafeInteger(n) || n <= 0) return null;
      return nonZero(clip(amount.fenPerUnit * n, limitOf(amount, facts)));
    }
    default: {
      const of = amount.of;
      if ("matter" in of) return "by-matter";
      const base = "fen" in of ? of.fen : facts[of.fact];
      if (!isFen(base)) return null;
      const s = scaled(amount)!;
      return nonZero(clip(roundHalfUp(base, s.numerator, s.denominator), limitOf(amount, facts)));
    }
  }
}
