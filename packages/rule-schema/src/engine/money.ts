/**
 * Exact money arithmetic on integer fen. Ratios and percents are scaled to integers first
 * (basis points), products are rounded half up to the fen; no binary fractions of money.
 */
export function scaleRoundHalfUp(fen: number, numerator: number, denominator: number): number {
  const product = fen * numerator;
  if (Number.isSafeInteger(product))
    return Math.floor((product + Math.floor(denominator / 2)) / denominator);
  const big = BigInt(fen) * BigInt(numerator);
  const d = BigInt(denominator);
  return Number((big + d / 2n) / d);
}

/** percent (two decimals at most) → basis points: 30 → 3000, 12.5 → 1250. */
export function basisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** What a list of entitlements pays in all: the fen that are known, and whether some are 按规定. */
export function paidTotal(entitlements: readonly { amount: number | "unspecified" }[]): {
  totalFen: number;
  hasUnspecified: boolean;
} {
  let totalFen = 0;
  let hasUnspecified = false;
  for (const e of entitlements) {
    if (e.amount === "unspecified") hasUnspecified = true;
    else totalFen += e.amount;
  }
  return { totalFen, hasUnspecified };
}

/**
 * What a list of entitlements pays, per payer: government money and employer money are
 * never one sum. `upToFen` is the part of `totalFen` that is ceilings (最高…).
 */
export function paidTotalsByPayer(
  entitlements: readonly {
    amount: number | "unspecified";
    upTo: boolean;
    ref: { payer: "government" | "employer" | "other" };
  }[],
): Record<
  "government" | "employer" | "other",
  { totalFen: number; upToFen: number; hasUnspecified: boolean }
> {
  const zero = () => ({ totalFen: 0, upToFen: 0, hasUnspecified: false });
  const out = { government: zero(), employer: zero(), other: zero() };
  for (const e of entitlements) {
    const sum = out[e.ref.payer];
    if (e.amount === "unspecified") sum.hasUnspecified = true;
    else {
      sum.totalFen += e.amount;
      if (e.upTo) sum.upToFen += e.amount;
    }
  }
  return out;
}

export function isFen(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** 3000000 → "3万元", 500000 → "5000元", 123 → "1.23元". */
export function formatFen(fen: number): string {
  const yuanInt = Math.floor(fen / 100);
  const cents = fen % 100;
  if (cents === 0 && yuanInt >= 10000 && yuanInt % 100 === 0) {
    const wan = yuanInt / 10000;
    return `${Number.isInteger(wan) ? wan : wan.toFixed(2).replace(/0+$/, "")}万元`;
  }
  if (cents === 0) return `${yuanInt}元`;
  return `${yuanInt}.${String(cents).padStart(2, "0")}元`;
}
