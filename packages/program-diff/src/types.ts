import type { RedlinePart } from "./redline.ts";

export type ChangeKind =
  | "amount"
  | "tier-added"
  | "tier-removed"
  | "benefit-added"
  | "benefit-removed"
  | "condition"
  | "period"
  | "payer"
  | "quota"
  | "funding"
  | "label"
  | "treatment-added"
  | "treatment-removed"
  | "treatment-changed"
  | "unit-added"
  | "unit-removed"
  | "deadline"
  | "title"
  | "document-number"
  | "validity"
  | "effective"
  | "precedence";

/** One change a reviewer reads as a sentence: "衢州工匠 衢州工匠系列一次性经费支持 20,000元 → 30,000元". */
export interface StructuredChange {
  kind: ChangeKind;
  sentence: string;
  /** for condition changes: whether fewer or more applicants qualify now */
  direction?: "tightened" | "loosened" | "changed";
  /** for date changes: later or earlier last day */
  extended?: boolean;
  benefitId?: string;
  tierId?: string;
}

export type ClauseStatus = "added" | "removed" | "changed" | "unchanged";

export interface ClauseDiff {
  /** the clause id after (or before, when removed) */
  clauseId: string;
  beforeId: string | null;
  citationBefore: string | null;
  citationAfter: string | null;
  heading: string | null;
  status: ClauseStatus;
  /** paired but now elsewhere in the document (order or section); renumbering alone is not moving */
  moved: boolean;
  matchedBy: "id" | "text" | null;
  textBefore: string | null;
  textAfter: string | null;
  /** word redline of the text; empty when the text is unchanged */
  redline: RedlinePart[];
  changes: StructuredChange[];
}

export interface ProgramDiff {
  clauses: ClauseDiff[];
  /** changes of the program as a whole: title, validity, precedence… */
  program: StructuredChange[];
  summary: { added: number; removed: number; changed: number; moved: number; unchanged: number };
}
