import { type Amount, formatAmountSpec } from "@jiangce/rule-schema";

const grouping = new Intl.NumberFormat("en-US");

/** 2000000 fen → "20,000元": the figure as a reviewer checks it against the budget table. */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = Math.abs(fen % 100);
  return `${grouping.format(yuan)}${cents === 0 ? "" : `.${String(cents).padStart(2, "0")}`}元`;
}

/** A stated amount: fixed figures to the yuan, every other kind in the engine's own words. */
export function amountText(amount: Amount | undefined): string {
  if (amount === undefined) return "（无金额）";
  if (amount.kind === "fixed") {
    const cap = amount.cap !== undefined ? `（最高${formatYuan(amount.cap)}）` : "";
    return `${amount.upTo ? "最高" : ""}${formatYuan(amount.fen)}${cap}`;
  }
  if (amount.kind === "per-unit") {
    const cap = amount.cap !== undefined ? `（最高${formatYuan(amount.cap)}）` : "";
    return `每${amount.unitLabel}${formatYuan(amount.fenPerUnit)}${cap}`;
  }
  return formatAmountSpec(amount);
}
