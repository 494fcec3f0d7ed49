import { formatFen, scaleRoundHalfUp } from "../engine/money.ts";
import { BudgetAssumptionsInvalidError } from "../errors/budget-assumptions-invalid-error.ts";
import { ProgramInvalidError } from "../errors/program-invalid-error.ts";
import type { Benefit } from "../schema/benefit.ts";
import { fromZodIssues, validateProgram } from "../schema/validate.ts";
import { budgetAssumptionsSchema } from "./assumptions.ts";
import { type BudgetRow, budgetRows, volumeKeyIssues } from "./budget-rows.ts";
import { budgetTotals } from "./budget-totals.ts";
import { benefitYears, programYears } from "./budget-years.ts";
import { costLine } from "./cost-line.ts";
import { lineBasis } from "./line-basis.ts";
import { type Each, eachAmount } from "./line-each.ts";
import { lineVolume } from "./line-volume.ts";
import type { Budget, BudgetLine, BudgetUnknown } from "./types.ts";

type Row = BudgetRow;

/**
 * What a program costs (测算): quotas × amounts × selection cycles within the validity
 * window, per-unit rates × the volumes the drafter states, yearly allowances × years in force,
 * matching from the line it matches, caps applied. Every figure carries its working and its
 * clause; what cannot be costed is listed in `unknowns`, never counted as zero. Precedence
 * (就高) is not applied: each quota place or stated recipient is costed once, on its own line.
 */
export function estimateBudget(program: unknown, assumptions: unknown = {}): Budget {
  const checked = validateProgram(program);
  if (!checked.ok) throw new ProgramInvalidError(checked.issues, idOf(program));
  const p = checked.value;
  const parsed = budgetAssumptionsSchema.safeParse(assumptions);
  if (!parsed.success) throw new BudgetAssumptionsInvalidError(fromZodIssues(parsed.error.issues));
  const a = parsed.data;
  const rows = budgetRows(p);
  const issues = volumeKeyIssues(a.volumes, new Set(rows.map((r) => r.key)));
  if (issues.length > 0) throw new BudgetAssumptionsInvalidError(issues);

  const span = programYears(p, a);
  const years = "years" in span ? span.years : [];
  const lines: BudgetLine[] = [];
  const unknowns: BudgetUnknown[] = [];
  const matters = new Map<string, string>();
  const pending: { row: Row; each: Extract<Each, { kind: "of-matter" }> }[] = [];

  for (const row of rows) {
    if ("reason" in span) {
      unknowns.push(unknown(row, span));
      continue;
    }
    const stated = a.volumes[row.key];
    const each = eachAmount(row.amount, a, stated?.unitsEach);
    if (each.kind === "unknown") unknowns.push(unknown(row, each));
    else if (each.kind === "of-matter") pending.push({ row, each });
    else {
      const own = benefitYears(years, row.clause, row.benefit);
      const volume = lineVolume(row.key, stated, row.quota, own);
      if (volume.kind === "unknown") {
        unknowns.push(unknown(row, volume));
        continue;
      }
      const unit =
        each.perUnit && row.amount.kind === "per-unit" ? row.amount.unitLabel : unitOf(row.benefit);
      const costed = costLine(each, volume, row.benefit.period, own, unit);
      const basis = lineBasis(row, stated, a, p, unitOf(row.benefit));
      lines.push({
        ...head(row),
        ...costed,
        upTo: each.upTo,
        approximate: volume.approximate,
        basis,
      });
      matters.set(row.key, row.benefit.matter);
    }
  }
  for (const { row, each } of pending) {
    const bases = lines.filter((l) => matters.get(l.key) === each.matter);
    if (bases.length === 0) {
      unknowns.push(
        unknown(row, {
          reason: `基数为事项 ${each.matter} 的奖励，本方案中该事项无法测算或不在本方案`,
        }),
      );
      continue;
    }
    lines.push(matchedLine(row, each, bases));
  }
  return { programId: p.id, title: p.title, years, lines, unknowns, ...budgetTotals(lines, years) };
}

/** 1:1 配套 of a line of the same program: the base line's figures scaled, year by year. */
function matchedLine(
  row: Row,
  each: Extract<Each, { kind: "of-matter" }>,
  bases: BudgetLine[],
): BudgetLine {
  const byYear: Record<string, number> = {};
  let baseTotal = 0;
  for (const b of bases) {
    baseTotal += b.totalFen;
    for (const [y, fen] of Object.entries(b.byYear)) byYear[y] = (byYear[y] ?? 0) + fen;
  }
  for (const y of Object.keys(byYear))
    byYear[y] = scaleRoundHalfUp(byYear[y] ?? 0, each.numerator, each.denominator);
  const totalFen = Object.values(byYear).reduce((s, f) => s + f, 0);
  const labels = bases.map((b) => `“${b.label}”`).join("、");
  return {
    ...head(row),
    byYear,
    totalFen,
    upTo: bases.some((b) => b.upTo) || row.amount.upTo === true,
    approximate: bases.some((b) => b.approximate),
    working: `按${labels}测算额${formatFen(baseTotal)}${each.text} = ${formatFen(totalFen)}`,
    notes: [],
    basis: [`按${labels}的测算额配套`],
  };
}

function head(row: Row) {
  return {
    key: row.key,
    clauseId: row.clause.id,
    citation: row.clause.citation,
    benefitId: row.benefit.id,
    ...(row.tierId === undefined ? {} : { tierId: row.tierId }),
    label: row.label,
    payer: row.benefit.payer,
  };
}

function unknown(row: Row, why: { reason: string; assumption?: string }): BudgetUnknown {
  return {
    ...head(row),
    reason: why.reason,
    ...(why.assumption === undefined ? {} : { assumption: why.assumption }),
  };
}

function unitOf(b: Benefit): string {
  const kinds = Array.isArray(b.recipient) ? b.recipient : [b.recipient];
  return kinds.length === 1 && kinds[0] === "person" ? "名" : "家";
}

function idOf(json: unknown): string | undefined {
  const id = (json as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}
