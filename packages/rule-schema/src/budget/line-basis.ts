import { formatFen } from "../engine/money.ts";
import type { AmountBase } from "../schema/amount.ts";
import type { Program } from "../schema/program.ts";
import { formatQuota } from "../schema/quota.ts";
import type { BudgetAssumptions, BudgetVolume } from "./assumptions.ts";
import { type BudgetRow, baseKey, baseLabel } from "./budget-rows.ts";

/** "每年50名", "合计150名", "2026年10名、2027年20名", with 每名3人 when units are counted. */
export function formatVolume(v: BudgetVolume, unit: string): string {
  const counted = v.byYear
    ? Object.entries(v.byYear)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([y, n]) => `${y}年${n}${unit}`)
        .join("、")
    : v.perYear !== undefined
      ? `每年${v.perYear}${unit}`
      : `合计${v.total ?? 0}${unit}`;
  return counted;
}

/**
 * Where the figures of a costed line come from, as a reviewer reads them: the stated volume
 * (测算假设) or the text's quota (名额), and each money base taken from the assumptions.
 */
export function lineBasis(
  row: BudgetRow,
  stated: BudgetVolume | undefined,
  a: BudgetAssumptions,
  program: Program,
  /** 名 or 家: who the volume counts when it does not count units */
  recipientUnit: string,
): string[] {
  const out: string[] = [];
  const perUnit = row.amount.kind === "per-unit" ? row.amount.unitLabel : undefined;
  if (stated) {
    const recipients = perUnit && stated.unitsEach === undefined ? perUnit : recipientUnit;
    const each =
      perUnit && stated.unitsEach !== undefined
        ? `，每${recipientUnit}${stated.unitsEach}${perUnit}`
        : "";
    const note = stated.note ? `（${stated.note}）` : "";
    out.push(`数量按测算假设：${formatVolume(stated, recipients)}${each}${note}`);
  } else if (row.quota) out.push(`名额按原文：${formatQuota(row.quota)}`);
  const bases: AmountBase[] = [];
  if ("of" in row.amount && row.amount.of) bases.push(row.amount.of);
  if (row.amount.capOf) bases.push(row.amount.capOf.of);
  for (const of of bases) {
    const key = baseKey(of);
    const fen = key === undefined ? undefined : a.bases[key];
    if (fen !== undefined)
      out.push(
        `基数按测算假设：${baseLabel(of, program).replace(/（分）$/u, "")}平均${formatFen(fen)}`,
      );
  }
  return out;
}
