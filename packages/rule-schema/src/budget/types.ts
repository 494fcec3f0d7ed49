import type { Payer } from "../schema/benefit.ts";

/** Money split by who pays it: government money and employer money are never one sum. */
export type ByPayer = Record<Payer, number>;

/** One costed benefit or tier: its figures per year, its total and the working behind them. */
export interface BudgetLine {
  key: string;
  clauseId: string;
  citation: string;
  benefitId: string;
  tierId?: string;
  label: string;
  payer: Payer;
  /** fen per calendar year, only years that carry money */
  byYear: Record<string, number>;
  totalFen: number;
  /** the figure is a ceiling (每人不超过2万元, 最高3万元), not a sum that will surely be paid */
  upTo: boolean;
  /** the count is approximate in the text (10名左右) */
  approximate: boolean;
  /** "150名 × 2万元 = 300万元" */
  working: string;
  /** further readings behind the figure (分摊、上限) */
  notes: string[];
  /** which assumption or text each count and base came from: "数量按测算假设：每年50名" */
  basis: string[];
}

/** A benefit or tier the budget cannot put a figure on, and what would let it. */
export interface BudgetUnknown {
  key: string;
  clauseId: string;
  citation: string;
  benefitId: string;
  tierId?: string;
  label: string;
  payer: Payer;
  /** in Chinese, for the people who state the 测算假设 */
  reason: string;
  /** the 测算假设 field that would settle it, for those who write assumption files as JSON:
   *  "horizon.toYear", `volumes["b1/t2"]`, "bases" */
  assumption?: string;
}

export interface BudgetSum {
  fen: number;
  /** the part of `fen` that is ceilings */
  upToFen: number;
  byPayer: ByPayer;
}

export interface Budget {
  programId: string;
  title: string;
  years: number[];
  lines: BudgetLine[];
  unknowns: BudgetUnknown[];
  byYear: ({ year: number } & BudgetSum)[];
  byClause: ({ clauseId: string; citation: string } & BudgetSum)[];
  total: BudgetSum;
}
