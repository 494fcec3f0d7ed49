export { findMoney, type MoneyToken } from "./amount/money-tokens.ts";
export { paragraphsToText, rawTextToParagraphs } from "./docx-text.ts";
export { draftMinScore, importPolicyText } from "./import-policy-text.ts";
export { type ApplyOptions, applyProposals, validateDraft } from "./program/apply-proposals.ts";
export { decideAll, groupByClause, type ProposalGroup } from "./program/group-proposals.ts";
export type * from "./types.ts";
