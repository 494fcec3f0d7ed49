export {
  type BudgetAssumptions,
  type BudgetAssumptionsInput,
  type BudgetVolume,
  budgetAssumptionsSchema,
  budgetVolumeSchema,
} from "./assumptions.ts";
export {
  type BudgetBaseInput,
  type BudgetInput,
  budgetInputs,
  volumeKeyIssues,
} from "./budget-rows.ts";
export { defaultHorizon } from "./budget-years.ts";
export { estimateBudget } from "./estimate-budget.ts";
export { formatVolume } from "./line-basis.ts";
export type * from "./types.ts";
