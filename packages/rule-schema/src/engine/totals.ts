import type { Entitlement, MatterTotal, Totals } from "./types.ts";

/*
 * Paid totals per matter, read by amounts based on another matter (1:1 配套, 上浮30%).
 * A total is kept per matter and, when an amount names the program, per program + matter;
 * the key encoding and decoding live here together.
 */

const separator = "\u0000";

/** The totals key of a matter, or of a matter paid by one program. */
export function totalKey(matter: string, program: string | undefined): string {
  return program === undefined ? matter : `${program}${separator}${matter}`;
}

/** The matter a totals key counts. */
export function matterOfTotalKey(key: string): string {
  const at = key.indexOf(separator);
  return at === -1 ? key : key.slice(at + 1);
}

/** Adds a paid entitlement to the totals later amounts read (matching, uplift of a matter). */
export function addToTotals(
  totals: Totals | null,
  keys: readonly string[],
  e: Entitlement,
): Totals {
  const out = totals ?? new Map<string, MatterTotal>();
  for (const key of keys) {
    const t = out.get(key);
    if (t === undefined) out.set(key, { fen: e.amount, upTo: e.upTo, from: [e] });
    else {
      t.fen =
        t.fen === "unspecified" || e.amount === "unspecified" ? "unspecified" : t.fen + e.amount;
      t.upTo ||= e.upTo;
      t.from.push(e);
    }
  }
  return out;
}
