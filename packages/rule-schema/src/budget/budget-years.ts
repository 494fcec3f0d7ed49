import { programWindow } from "../engine/program-window.ts";
import type { Benefit } from "../schema/benefit.ts";
import type { Clause } from "../schema/clause.ts";
import type { Program } from "../schema/program.ts";
import type { BudgetAssumptions } from "./assumptions.ts";

const yearOf = (date: string | null | undefined): number | undefined =>
  date ? Number(date.slice(0, 4)) : undefined;

/**
 * Calendar years a program is costed over: its validity window, narrowed or completed by the
 * drafter's horizon. An open window (有效期未规定) has no last year until the drafter states one.
 */
export function programYears(
  program: Program,
  assumptions: BudgetAssumptions,
): { years: number[] } | { reason: string; assumption?: string } {
  const window = programWindow(program.validity);
  const from = assumptions.horizon?.fromYear ?? yearOf(window.from);
  const to = assumptions.horizon?.toYear ?? yearOf(window.until);
  if (from === undefined)
    return {
      reason: "方案生效日期未定，请在测算假设中填写测算起始年度",
      assumption: "horizon.fromYear",
    };
  if (to === undefined)
    return {
      reason: "方案有效期未规定，请在测算假设中填写测算截止年度，如“用五年时间”则为第五年",
      assumption: "horizon.toYear",
    };
  if (to < from) return { reason: `测算截止年度 ${to} 早于起始年度 ${from}` };
  return { years: range(from, to) };
}

/**
 * The years the validity window itself gives (undefined where it gives none): what the horizon
 * of the assumptions defaults to, and what a form shows beside its empty fields.
 */
export function defaultHorizon(program: Program): { fromYear?: number; toYear?: number } {
  const window = programWindow(program.validity);
  const fromYear = yearOf(window.from);
  const toYear = yearOf(window.until);
  return {
    ...(fromYear === undefined ? {} : { fromYear }),
    ...(toYear === undefined ? {} : { toYear }),
  };
}

/** The program's years narrowed by the clause's own dates and the benefit's deadline. */
export function benefitYears(years: readonly number[], clause: Clause, benefit: Benefit): number[] {
  const from = yearOf(clause.effectiveFrom) ?? Number.NEGATIVE_INFINITY;
  const deadlines = [clause.deadline, benefit.deadline].filter((d): d is string => !!d).sort();
  const until = yearOf(deadlines[0]) ?? Number.POSITIVE_INFINITY;
  return years.filter((y) => y >= from && y <= until);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
