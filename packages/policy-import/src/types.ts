import type { BenefitInput, ProgramInput, Stage, TreatmentInput } from "@jiangce/rule-schema";

/** Offsets into the imported text: `text.slice(start, end)` is what was read. */
export interface Span {
  start: number;
  end: number;
}

/** A stretch of the text the importer saw but could not read, and why. */
export interface UnreadSpan extends Span {
  reason: string;
}

/** 0..1 and the words that say why: the drafter sees both. */
export interface Confidence {
  score: number;
  reason: string;
}

type ValidityInput = ProgramInput["validity"];
type PrecedenceInput = NonNullable<ProgramInput["precedence"]>;
type TargetInput = NonNullable<ProgramInput["targets"]>[number];
type AnnexInput = NonNullable<ProgramInput["annexes"]>[number];
type ResponsibleUnitInput = { name: string; role: "lead" | "support" };
type QuotaInput = NonNullable<BenefitInput["quota"]>;

/** What a proposal read, by kind. Values are schema inputs so accepting one is a copy. */
export type ProposalValue =
  | { kind: "title"; value: string }
  | { kind: "document-number"; value: string }
  | { kind: "stage"; value: Stage }
  | { kind: "benefit"; value: BenefitInput }
  | { kind: "treatment"; value: TreatmentInput }
  | { kind: "validity"; value: ValidityInput }
  | { kind: "deadline"; value: string }
  | { kind: "precedence"; value: Partial<PrecedenceInput> }
  | { kind: "target"; value: TargetInput }
  | { kind: "quota"; value: QuotaInput }
  | { kind: "responsible-units"; value: ResponsibleUnitInput[] }
  | { kind: "annex"; value: AnnexInput };

export type ProposalKind = ProposalValue["kind"];

/** A fact a benefit's amount refers to (a count, a base amount), declared when accepted. */
export type FactInput = NonNullable<ProgramInput["facts"]>[number];

export type Proposal = ProposalValue & {
  /** stable within one import: "p12" */
  id: string;
  span: Span;
  /** the clause it belongs to; absent for program-level facts (title, validity…) */
  clauseId?: string;
  confidence: Confidence;
  /** benefit proposals: facts its amount needs (count of units, base of a 配套 or 上浮) */
  facts?: FactInput[];
};

/** A clause as the importer numbered it, with its span (for the text pane). */
export interface ClauseOutline {
  id: string;
  citation: string;
  heading?: string;
  sectionPath: string[];
  span: Span;
}

export interface ImportOptions {
  /** program id of the draft; default "imported-program" */
  id?: string;
  /** 发文机关: not reliably in the text, so the drafter may say it up front */
  issuer?: ProgramInput["issuer"];
  /** paragraphs from a .docx (see `paragraphsToText`) instead of splitting the text by lines */
  paragraphs?: readonly ImportParagraph[];
}

/** A paragraph as a .docx gives it: its text and, if Word numbered it, the rendered label. */
export interface ImportParagraph {
  text: string;
  /** automatic numbering Word renders but mammoth's raw text omits ("一、", "（一）", "1.") */
  numbering?: string;
}

export interface DraftValidation {
  ok: boolean;
  /** Chinese messages from the program schema, with their paths */
  issues: { path: string; message: string }[];
}

export interface ImportResult {
  text: string;
  program: ProgramInput;
  validation: DraftValidation;
  proposals: Proposal[];
  clauses: ClauseOutline[];
  preamble?: Span;
  closing?: Span;
  unread: UnreadSpan[];
  /** how much reading was done: each character is read in at most one sentence */
  stats: { characters: number; sentencesRead: number; charactersRead: number };
  /** what `importPolicyText` was given, so `applyProposals` can rebuild the draft */
  options: ImportOptions;
}

/** The drafter's decision on one proposal; `edit` replaces what was read. */
export type Decision =
  | { action: "accept" }
  | { action: "reject" }
  | { action: "edit"; value: ProposalValue["value"] };
