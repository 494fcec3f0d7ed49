import type { BudgetLine, BudgetSum, ByPayer } from "./types.ts";

const zeroPayers = (): ByPayer => ({ government: 0, employer: 0, other: 0 });
const emptySum = (): BudgetSum => ({ fen: 0, upToFen: 0, byPayer: zeroPayers() });

function add(sum: BudgetSum, line: BudgetLine, fen: number): void {
  sum.fen += fen;
  if (line.upTo) sum.upToFen += fen;
  sum.byPayer[line.payer] += fen;
}

/** Sums per year, per clause (document order) and in total, each split by payer. */
export function budgetTotals(lines: readonly BudgetLine[], years: readonly number[]) {
  const total = emptySum();
  const perYear = new Map(years.map((y) => [y, emptySum()]));
  const perClause = new Map<string, { clauseId: string; citation: string } & BudgetSum>();
  for (const line of lines) {
    add(total, line, line.totalFen);
    for (const [year, fen] of Object.entries(line.byYear)) {
      const sum = perYear.get(Number(year));
      if (sum) add(sum, line, fen);
    }
    let clause = perClause.get(line.clauseId);
    if (!clause) {
      clause = { clauseId: line.clauseId, citation: line.citation, ...emptySum() };
      perClause.set(line.clauseId, clause);
    }
    add(clause, line, line.totalFen);
  }
  return {
    total,
    byYear: [...perYear].map(([year, sum]) => ({ year, ...sum })),
    byClause: [...perClause.values()],
  };
}
