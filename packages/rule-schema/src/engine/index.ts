export {
  type CompiledBenefit,
  type CompiledProgramSet,
  compile,
  isCompiled,
  type MatterNode,
} from "./compile.ts";
export { type AmountFn, type MatterTotal, type Totals, totalKey } from "./compile-amount.ts";
export { regionPrefix } from "./compile-condition.ts";
export type { EvalContext } from "./context.ts";
export { endOfYear, isIsoDate, lastDayOfPeriod } from "./dates.ts";
export {
  conditionsMet,
  type DescribedResult,
  describeResult,
  type EntitlementView,
  type ExclusionView,
  entitlementKey,
} from "./describe.ts";
export { describeCondition } from "./describe-condition.ts";
export {
  describeBenefitTerms,
  describeGrant,
  describeTreatment,
  formatAmountBase,
  formatAmountSpec,
  formatRecipients,
} from "./describe-spec.ts";
export { evaluate, toCompiled } from "./evaluate.ts";
export { evaluateMany, evaluateRoster, type RosterOutcome } from "./evaluate-many.ts";
export {
  conditionOpLabels,
  exclusionRuleLabels,
  explain,
  explainEntitlement,
  formatAmount,
  formatCondition,
  formatExplanation,
  programStatusLabels,
} from "./explain.ts";
export { amountFactKeys, conditionFactKeys } from "./fact-keys.ts";
export { covers, jurisdictionPrefix, levelLabels, levelRank, regionChain } from "./jurisdiction.ts";
export { basisPoints, formatFen, isFen, scaleRoundHalfUp } from "./money.ts";
export {
  type ProgramWindow,
  programWindow,
  type WindowStatus,
  windowStatus,
} from "./program-window.ts";
export { type ConditionTrace, traceCondition } from "./trace-condition.ts";
export type * from "./types.ts";
