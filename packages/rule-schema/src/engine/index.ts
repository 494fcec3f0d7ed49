export { compile, isCompiled } from "./compile.ts";
export { regionPrefix } from "./condition-operators.ts";
export { endOfYear, isIsoDate, lastDayOfPeriod, todayInChina } from "./dates.ts";
export { describeCondition } from "./describe-condition.ts";
export {
  describeAmount,
  describeBenefitTerms,
  describeGrant,
  describeTreatment,
  formatAmountBase,
  formatRecipients,
} from "./describe-spec.ts";
export { entitlementKey } from "./entitlement-key.ts";
export { evaluate } from "./evaluate.ts";
export { evaluateMany, evaluateRoster, type RosterOutcome } from "./evaluate-many.ts";
export {
  conditionsMet,
  type DescribedResult,
  describeResult,
  type EntitlementView,
  type ExclusionView,
} from "./explain/describe.ts";
export { explain, explainEntitlement } from "./explain/explain.ts";
export { formatAmount, formatAmountSpec, formatFigure } from "./explain/format-amount.ts";
export { conditionOpLabels, formatCondition } from "./explain/format-condition.ts";
export {
  benefitStatusText,
  clauseStatusText,
  derivationText,
  entitlementHeadline,
  exclusionReason,
  exclusionRuleLabels,
  exclusionText,
  exclusionWinnerText,
  programStatusLabels,
  programStatusNote,
} from "./explain/sentences.ts";
export { type ConditionTrace, traceCondition } from "./explain/trace-condition.ts";
export { amountBases, amountFactKeys, benefitAmounts, conditionFactKeys } from "./fact-keys.ts";
export { covers, jurisdictionPrefix, levelLabels, levelRank, regionChain } from "./jurisdiction.ts";
export { type MatterGraph, matterGraph } from "./matter-graph.ts";
export { basisPoints, formatFen, isFen, scaleRoundHalfUp } from "./money.ts";
export { type ProgramWindow, programWindow, windowStatus } from "./program-window.ts";
export { toCompiled } from "./to-compiled.ts";
export { totalKey } from "./totals.ts";
export type * from "./types.ts";
