export {
  type BudgetAssumptions,
  type BudgetAssumptionsInput,
  type BudgetVolume,
  budgetAssumptionsSchema,
  budgetVolumeSchema,
} from "./assumptions.ts";
export { estimateBudget } from "./estimate-budget.ts";
export type * from "./types.ts";
