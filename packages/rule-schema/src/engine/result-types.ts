import type { Amount } from "../schema/amount.ts";
import type { Benefit, Payer, Period, Tier } from "../schema/benefit.ts";
import type { Clause } from "../schema/clause.ts";
import type { Derivation } from "../schema/fact.ts";
import type { PrecedenceRule } from "../schema/precedence.ts";
import type { IssuerLevel } from "../schema/primitives.ts";
import type { Program } from "../schema/program.ts";
import type { Treatment } from "../schema/treatment.ts";

/*
 * What an evaluation result is made of: programs, benefits and treatments as compiled
 * (static, shared), entitlements and exclusions (per evaluation) and statuses. A leaf: it
 * imports schema types only; types.ts re-exports it.
 */

export type WindowStatus = "in-force" | "not-yet-effective" | "expired" | "no-effective-date";

/** A program as compiled: resolved dates, jurisdiction prefix, seniority. */
export interface ProgramRef {
  id: string;
  title: string;
  program: Program;
  level: IssuerLevel;
  levelRank: number;
  /** GB/T 2260 prefix the program covers ("" = national) */
  prefix: string;
  from: string | null;
  until: string | null;
  /** position when programs are ordered oldest → newest (effective date, then id) */
  recency: number;
  /** this program's precedence settings for a matter (program defaults + per-matter) */
  rule(matter: string): PrecedenceRule;
}

/** Static facts about one benefit (or one tier of it), shared by every evaluation. */
export interface BenefitRef {
  key: string;
  program: ProgramRef;
  clause: Clause;
  benefit: Benefit;
  programId: string;
  clauseId: string;
  citation: string;
  benefitId: string;
  matter: string;
  label: string;
  period: Period;
  payer: Payer;
  funding: string | undefined;
  /** first and last day this benefit can be granted (program ∩ clause ∩ benefit dates) */
  validFrom: string | null;
  validUntil: string | null;
}

export interface TierRef {
  tier: Tier;
  id: string;
  label: string;
  amount: Amount;
}

/** How a matching / uplift / percent-of amount found its base. */
export type BaseUse =
  | {
      kind: "matter";
      matter: string;
      program: string | undefined;
      fen: number | "unspecified";
      from: readonly Entitlement[];
    }
  | { kind: "fact"; fact: string; fen: number }
  | { kind: "fen"; fen: number }
  /** sum of `field` over the matching records (`count` of them) */
  | { kind: "records"; records: string; field: string; fen: number; count: number };

/**
 * One amount the profile is entitled to (or a candidate that lost, inside `Exclusion`).
 * Lean on purpose: static data lives in `ref`; readable text is built by `explain`.
 */
export interface Entitlement {
  ref: BenefitRef;
  tier: TierRef | null;
  /** integer fen, or "unspecified" when the text names no figure (按规定) */
  amount: number | "unspecified";
  /** the figure is a ceiling (最高/不超过 decided case by case) */
  upTo: boolean;
  /**
   * the ceiling as a number when `upTo`: the figure itself, or the cap of an amount the
   * text leaves open (按评估核定，每家不超过20万元 → 20万元); null when not a ceiling or unknown
   */
  ceilingFen: number | null;
  /** the computed figure was clipped by the cap */
  capped: boolean;
  /** the limit that clipped it (fen), when capped: `cap` or percent of `capOf`'s base */
  capFen: number | null;
  /** the base `capOf` read (null without capOf, or when the base was not known) */
  capBase: BaseUse | null;
  /** per-unit count used (人数、个数), null when not per-unit */
  count: number | null;
  base: BaseUse | null;
}

export type ExclusionRule =
  | "tier-highest"
  | "exclusive-group"
  | "within-matter-highest"
  | "across-highest-then-newest"
  | "across-newest"
  | "higher-level-overrides";

/** A candidate that qualified but is not paid, and the rule (and winner) that excluded it. */
export interface Exclusion {
  candidate: Entitlement;
  rule: ExclusionRule;
  /** the entitlement that won, if one did */
  by: Entitlement | null;
  /** the program whose precedence setting decided */
  decidedBy: ProgramRef;
  /** amounts could not be compared (one is 按规定) */
  incomparable: boolean;
}

export interface TreatmentRef {
  program: ProgramRef;
  clause: Clause;
  treatment: Treatment;
  validFrom: string | null;
  validUntil: string | null;
}

export interface DerivationRef {
  program: ProgramRef;
  derivation: Derivation;
}

export type ProgramStatusCode = WindowStatus | "outside-jurisdiction";

/** Why a program does or does not apply to this region on this date. */
export interface ProgramStatus {
  program: ProgramRef;
  status: ProgramStatusCode;
}

/** A clause of an applicable program that is outside its own dates. */
export interface ClauseStatus {
  program: ProgramRef;
  clause: Clause;
  status: "expired" | "not-yet-effective";
  from: string | null;
  until: string | null;
}

/**
 * A benefit the profile's kind could receive under a program and clause in force, but
 * outside the benefit's own dates (its `deadline`, 到2025年): reported instead of vanishing.
 */
export interface BenefitStatus {
  ref: BenefitRef;
  status: "expired" | "not-yet-effective";
  from: string | null;
  until: string | null;
}
