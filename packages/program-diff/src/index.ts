export { type AlignedClause, alignClauses, SIMILARITY_THRESHOLD, sectionTitle } from "./align.ts";
export { benefitChanges } from "./benefit-changes.ts";
export {
  type ClauseCost,
  type CostComparison,
  type CostFigure,
  compareBudgets,
  compareCost,
  costHeadline,
  formatWan,
} from "./budget-diff.ts";
export { changesOnly, compareProgram } from "./compare.ts";
export { conditionDirection, type Direction } from "./condition-direction.ts";
export {
  compareImpact,
  type Impact,
  type ImpactBucket,
  type ImpactCase,
  type ImpactRow,
} from "./impact.ts";
export { amountText, formatYuan } from "./money-text.ts";
export { programChanges } from "./program-changes.ts";
export { chineseWords, type RedlinePart, redline, redlineChanges } from "./redline.ts";
export { sampleRoster } from "./sample-roster.ts";
export { textSimilarity } from "./similarity.ts";
export type * from "./types.ts";
