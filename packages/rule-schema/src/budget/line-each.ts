import { basisPoints, formatFen, scaleRoundHalfUp } from "../engine/money.ts";
import type { Amount, AmountBase } from "../schema/amount.ts";
import type { BudgetAssumptions } from "./assumptions.ts";

/** What one recipient (or one unit) is paid, with the words that show how. */
export type Each =
  | { kind: "fen"; fen: number; upTo: boolean; text: string; perUnit: boolean; notes: string[] }
  | { kind: "of-matter"; matter: string; numerator: number; denominator: number; text: string }
  | { kind: "unknown"; reason: string; assumption?: string };

/** A base read from the assumptions (a money fact's average) or stated in the text. */
function baseFen(of: AmountBase, a: BudgetAssumptions): number | undefined {
  if ("fen" in of) return of.fen;
  if ("fact" in of) return a.bases[of.fact];
  if ("records" in of) return a.bases[`${of.records}.${of.field}`] ?? a.bases[of.field];
  return undefined;
}

function baseName(of: AmountBase): string {
  if ("fact" in of) return of.fact;
  if ("records" in of) return `${of.records}.${of.field}`;
  if ("matter" in of) return `matter:${of.matter}`;
  return "";
}

/** numerator/denominator (basis points) a based amount applies to its base. */
function scale(amount: Amount): { numerator: number; denominator: number; words: string } {
  if (amount.kind === "matching")
    return {
      numerator: basisPoints(amount.ratio * 100),
      denominator: 10000,
      words: `1:${amount.ratio}配套`,
    };
  if (amount.kind === "uplift")
    return {
      numerator: 10000 + basisPoints(amount.percent),
      denominator: 10000,
      words: `上浮${amount.percent}%`,
    };
  if (amount.kind === "percent-of")
    return {
      numerator: basisPoints(amount.percent),
      denominator: 10000,
      words: `按${amount.percent}%`,
    };
  return { numerator: 1, denominator: 1, words: "" };
}

/** Clip to `cap` and to `capOf` when its base is known; an unknown capOf base makes a ceiling. */
function clip(
  fen: number,
  amount: Amount,
  a: BudgetAssumptions,
  notes: string[],
): { fen: number; upTo: boolean } {
  let out = fen;
  let upTo = amount.upTo === true;
  if (amount.cap !== undefined && amount.cap < out) {
    out = amount.cap;
    notes.push(`按上限${formatFen(amount.cap)}计`);
  }
  if (amount.capOf) {
    const base = baseFen(amount.capOf.of, a);
    if (base === undefined) {
      upTo = true;
      notes.push(
        `未给出 ${baseName(amount.capOf.of)} 的基数，“不超过${amount.capOf.percent}%”的限额未套用，数额为上限`,
      );
    } else {
      const limit = scaleRoundHalfUp(base, basisPoints(amount.capOf.percent), 10000);
      if (limit < out) {
        out = limit;
        notes.push(`按不超过${formatFen(base)}的${amount.capOf.percent}%即${formatFen(limit)}计`);
      }
    }
  }
  return { fen: out, upTo };
}

/**
 * The amount for one recipient, or for one unit of a per-unit rate when the drafter states
 * units rather than recipients (`unitsEach` absent).
 */
export function eachAmount(
  amount: Amount,
  a: BudgetAssumptions,
  unitsEach: number | undefined,
): Each {
  const notes: string[] = [];
  switch (amount.kind) {
    case "fixed": {
      const c = clip(amount.fen, amount, a, notes);
      return {
        kind: "fen",
        ...c,
        text: `${c.upTo ? "最高" : ""}${formatFen(c.fen)}`,
        perUnit: false,
        notes,
      };
    }
    case "per-unit": {
      if (unitsEach === undefined) {
        const upTo = amount.upTo === true || amount.cap !== undefined || amount.capOf !== undefined;
        if (amount.cap !== undefined || amount.capOf !== undefined)
          notes.push("上限按每个对象计，测算假设未写明每个对象的数量，未套用上限，数额为上限");
        const text = `${upTo ? "最高" : ""}${formatFen(amount.fenPerUnit)}/${amount.unitLabel}`;
        return { kind: "fen", fen: amount.fenPerUnit, upTo, text, perUnit: true, notes };
      }
      const c = clip(amount.fenPerUnit * unitsEach, amount, a, notes);
      const text = `${c.upTo ? "最高" : ""}${formatFen(c.fen)}（${unitsEach}${amount.unitLabel} × ${formatFen(amount.fenPerUnit)}）`;
      return { kind: "fen", ...c, text, perUnit: false, notes };
    }
    case "matching":
    case "uplift":
    case "percent-of": {
      const s = scale(amount);
      if ("matter" in amount.of)
        return {
          kind: "of-matter",
          matter: amount.of.matter,
          numerator: s.numerator,
          denominator: s.denominator,
          text: s.words,
        };
      const base = baseFen(amount.of, a);
      if (base === undefined)
        return ceilingOrUnknown(
          amount,
          notes,
          `基数 ${baseName(amount.of)} 未给出，请在测算假设中填写每个对象的平均金额`,
          "bases",
        );
      const c = clip(scaleRoundHalfUp(base, s.numerator, s.denominator), amount, a, notes);
      return {
        kind: "fen",
        ...c,
        text: `${c.upTo ? "最高" : ""}${formatFen(c.fen)}（${formatFen(base)}${s.words}）`,
        perUnit: false,
        notes,
      };
    }
    case "unspecified":
      return ceilingOrUnknown(amount, notes, `原文未写明金额（${amount.note ?? "按规定"}）`);
  }
}

/** With a cap the figure is at most the cap; without one it is unknown. */
function ceilingOrUnknown(
  amount: Amount,
  notes: string[],
  reason: string,
  assumption?: string,
): Each {
  if (amount.cap === undefined) return { kind: "unknown", reason, assumption };
  notes.push(`${reason}，按上限计`);
  return {
    kind: "fen",
    fen: amount.cap,
    upTo: true,
    text: `最高${formatFen(amount.cap)}`,
    perUnit: false,
    notes,
  };
}
