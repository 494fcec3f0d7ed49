// Prose and data agree: an amount written in a benefit's granting sentence (its quote) that the
// benefit's data does not carry is flagged, on the sentence and on the block.
import {
  type Amount,
  type Benefit,
  type Clause,
  formatFen,
  type Program,
} from "@jiangce/rule-schema";

export interface ProseDataMismatch {
  clauseId: string;
  benefitIndex: number;
  benefitId: string;
  /** "正文为3万元，数据为2万元" */
  message: string;
  /** the amount as the prose writes it ("3万元"), to mark it in the sentence */
  proseText: string;
}

// 10万元, 3000元, and the 10万、6万、2万、0.6万元 of a list; never 5万人次.
const amountPattern = /(\d+(?:\.\d+)?)\s*(万元|元|万(?=[、，,和或至到~-]))/g;

/** Amounts (fen) a sentence writes, with the text of each. */
export function amountsInProse(sentence: string): { fen: number; text: string }[] {
  return [...sentence.matchAll(amountPattern)].map((m) => {
    const [whole, figure = "0", unit] = m;
    const [int = "0", frac = ""] = figure.split(".");
    const cents = BigInt(int + frac.padEnd(2, "0").slice(0, 2)) * (unit === "元" ? 1n : 10000n);
    // frac beyond two digits only matters for 万: 0.625万元 = 6250元
    const wanExtra = unit === "元" ? 0n : BigInt((frac.slice(2) || "0").padEnd(2, "0").slice(0, 2));
    return { fen: Number(cents + wanExtra * 100n), text: whole };
  });
}

function amountFens(amount: Amount | undefined): number[] {
  if (!amount) return [];
  const fens: number[] = [];
  if (amount.kind === "fixed") fens.push(amount.fen);
  if (amount.kind === "per-unit") fens.push(amount.fenPerUnit);
  if ("of" in amount && "fen" in amount.of) fens.push(amount.of.fen);
  if (amount.cap !== undefined) fens.push(amount.cap);
  if (amount.capOf && "fen" in amount.capOf.of) fens.push(amount.capOf.of.fen);
  return fens;
}

/** Every amount (fen) the benefit's data states: amounts, rates, caps, bases, per tier. */
export function dataAmounts(benefit: Benefit): number[] {
  return [
    ...amountFens(benefit.amount),
    ...(benefit.tiers ?? []).flatMap((t) => amountFens(t.amount)),
  ];
}

export function clauseMismatches(clause: Pick<Clause, "id" | "benefits">): ProseDataMismatch[] {
  const out: ProseDataMismatch[] = [];
  clause.benefits.forEach((benefit, benefitIndex) => {
    if (!benefit.quote) return;
    const data = dataAmounts(benefit);
    const prose = amountsInProse(benefit.quote);
    const unmatchedProse = prose.filter((p) => !data.includes(p.fen));
    const unmatchedData = data.filter((fen) => !prose.some((p) => p.fen === fen));
    const first = unmatchedProse[0];
    const other = unmatchedData[0];
    // a figure of the data missing from its sentence, and a figure of the sentence the data
    // lacks: that is a disagreement. A sentence that also names its sibling benefits' figures
    // (分别给予20万元、5万元) still carries this benefit's own figure, and is not flagged.
    if (!first || other === undefined) return;
    out.push({
      clauseId: clause.id,
      benefitIndex,
      benefitId: benefit.id,
      proseText: first.text,
      message: `正文为${formatFen(first.fen)}，数据为${formatFen(other)}`,
    });
  });
  return out;
}

export function proseDataMismatches(program: Pick<Program, "clauses">): ProseDataMismatch[] {
  return program.clauses.flatMap(clauseMismatches);
}
