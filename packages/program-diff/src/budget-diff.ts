import {
  type Budget,
  type BudgetAssumptionsInput,
  type BudgetLine,
  type BudgetUnknown,
  estimateBudget,
  type Payer,
  type Program,
} from "@jiangce/rule-schema";

export interface CostFigure {
  beforeFen: number;
  afterFen: number;
  deltaFen: number;
}

/** One clause's cost in both versions, with the lines (and their working) behind each figure. */
export interface ClauseCost extends CostFigure {
  clauseId: string;
  citation: string;
  linesBefore: BudgetLine[];
  linesAfter: BudgetLine[];
}

export interface CostComparison {
  /** the years of the new version's estimate */
  years: number[];
  total: CostFigure & { upToAfterFen: number };
  byYear: ({ year: number } & CostFigure)[];
  byClause: ClauseCost[];
  byPayer: ({ payer: Payer } & CostFigure)[];
  unknowns: { before: BudgetUnknown[]; after: BudgetUnknown[] };
  /** "本稿预计2021–2025年共需资金1150万元，较上一稿增加150万元" */
  headline: string;
}

const figure = (before: number, after: number): CostFigure => ({
  beforeFen: before,
  afterFen: after,
  deltaFen: after - before,
});

/** 1 500 000 000 fen → "1500万元"; 123 456 789 → "123.46万元" (to the hundredth of 万, half up). */
export function formatWan(fen: number): string {
  const hundredths = Math.round(Math.abs(fen) / 10_000);
  const whole = Math.trunc(hundredths / 100);
  const rest = hundredths % 100;
  const decimals = rest === 0 ? "" : `.${String(rest).padStart(2, "0").replace(/0$/u, "")}`;
  return `${fen < 0 ? "-" : ""}${whole}${decimals}万元`;
}

function yearsText(years: readonly number[]): string {
  if (years.length === 0) return "";
  const first = years[0] as number;
  const last = years.at(-1) as number;
  return first === last ? `${first}年` : `${first}–${last}年`;
}

export function costHeadline(c: Omit<CostComparison, "headline">): string {
  const change =
    c.total.deltaFen === 0
      ? "与上一稿持平"
      : `较上一稿${c.total.deltaFen > 0 ? "增加" : "减少"}${formatWan(Math.abs(c.total.deltaFen))}`;
  const unknown =
    c.unknowns.after.length > 0 ? `（另有${c.unknowns.after.length}项待遇无法测算，未计入）` : "";
  return `本稿预计${yearsText(c.years)}共需资金${formatWan(c.total.afterFen)}，${change}${unknown}`;
}

/** Two budget estimates side by side: per year, per clause, per payer and in total. */
export function compareBudgets(before: Budget, after: Budget): CostComparison {
  const years = [...new Set([...before.years, ...after.years])].sort((a, b) => a - b);
  const yearFen = (b: Budget, y: number) => b.byYear.find((x) => x.year === y)?.fen ?? 0;
  const clauseIds = [...new Set([...after.byClause, ...before.byClause].map((c) => c.clauseId))];
  const byClause = clauseIds.map((clauseId): ClauseCost => {
    const a = before.byClause.find((c) => c.clauseId === clauseId);
    const b = after.byClause.find((c) => c.clauseId === clauseId);
    return {
      clauseId,
      citation: b?.citation ?? a?.citation ?? "",
      ...figure(a?.fen ?? 0, b?.fen ?? 0),
      linesBefore: before.lines.filter((l) => l.clauseId === clauseId),
      linesAfter: after.lines.filter((l) => l.clauseId === clauseId),
    };
  });
  const payers = Object.keys(after.total.byPayer) as Payer[];
  const rest = {
    years: after.years.length > 0 ? after.years : years,
    total: {
      ...figure(before.total.fen, after.total.fen),
      upToAfterFen: after.total.upToFen,
    },
    byYear: years.map((year) => ({ year, ...figure(yearFen(before, year), yearFen(after, year)) })),
    byClause,
    byPayer: payers.map((payer) => ({
      payer,
      ...figure(before.total.byPayer[payer] ?? 0, after.total.byPayer[payer] ?? 0),
    })),
    unknowns: { before: before.unknowns, after: after.unknowns },
  };
  return { ...rest, headline: costHeadline(rest) };
}

/** The keys a program's budget lines have: benefit id, or "benefit/tier". */
function lineKeys(p: Program): Set<string> {
  const keys = new Set<string>();
  for (const c of p.clauses)
    for (const b of c.benefits) {
      keys.add(b.id);
      for (const t of b.tiers ?? []) keys.add(`${b.id}/${t.id}`);
    }
  return keys;
}

/**
 * Both versions costed on the same assumptions (测算假设). A volume stated for a benefit one
 * version no longer (or not yet) has is left out for that version, not an error.
 */
export function compareCost(
  before: Program,
  after: Program,
  assumptions: BudgetAssumptionsInput = {},
): CostComparison {
  const forProgram = (p: Program): BudgetAssumptionsInput => {
    const keys = lineKeys(p);
    const volumes = Object.fromEntries(
      Object.entries(assumptions.volumes ?? {}).filter(([k]) => keys.has(k)),
    );
    return { ...assumptions, volumes };
  };
  return compareBudgets(
    estimateBudget(before, forProgram(before)),
    estimateBudget(after, forProgram(after)),
  );
}
