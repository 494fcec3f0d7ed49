import type { Condition } from "../schema/condition.ts";
import type { ResolvedFact } from "../schema/facts-in-scope.ts";
import type { PrecedenceRule } from "../schema/precedence.ts";
import type {
  BenefitRef,
  BenefitStatus,
  ClauseStatus,
  DerivationRef,
  Entitlement,
  Exclusion,
  ProgramRef,
  ProgramStatus,
  TierRef,
  TreatmentRef,
} from "./result-types.ts";

export type * from "./result-types.ts";

/*
 * Every shape the engine passes between its steps, and nothing else (the parts of a result
 * are in result-types.ts): this file imports no implementation file, so compile, plan, evaluate and explain can all depend on it without
 * depending on each other.
 */

/**
 * What compiled conditions read during one evaluation. `derived` holds facts produced by
 * derivations (null until one fires), so the profile itself is never copied or mutated.
 */
export interface EvalContext {
  facts: Record<string, unknown>;
  derived: Record<string, unknown> | null;
  kind: string;
  region: string;
  /** the evaluation date (conditions relative to it: 近5年内, age on the as-of date) */
  asOf: string;
  /**
   * Fact values by slot (compiled conditions read `values[slot]`, a fast indexed load,
   * instead of a keyed lookup per condition). Only valid during the evaluation.
   */
  values: unknown[];
}

export type Predicate<T = EvalContext> = (target: T) => boolean;

export interface EvaluationResult {
  profileId: string;
  asOf: string;
  entitlements: Entitlement[];
  excluded: Exclusion[];
  /** non-monetary treatments that apply (read-only: may be shared between results) */
  treatments: readonly TreatmentRef[];
  /** derivations that fired (read-only: may be shared between results) */
  derived: readonly DerivationRef[];
  /** every compiled program with its status for this region and date (shared, read-only) */
  programs: readonly ProgramStatus[];
  clauses: readonly ClauseStatus[];
  /** benefits outside their own dates, with the dates (shared, read-only) */
  benefits: readonly BenefitStatus[];
  /** the facts the conditions saw (profile facts + derived), for explanations */
  context: EvalContext;
  /** the compiled set evaluated (labels of facts for explanations) */
  compiled: CompiledProgramSet;
}

/* ---- the compiled program set ---- */

/** Paid totals per matter (and per program + matter) in the current evaluation. */
export interface MatterTotal {
  fen: number | "unspecified";
  upTo: boolean;
  from: Entitlement[];
}
/** keyed by `totalKey(matter, program?)` (totals.ts) */
export type Totals = Map<string, MatterTotal>;

/** Computes a candidate entitlement, or null when the amount does not apply (no base, 0). */
export type AmountFn = (ctx: EvalContext, totals: Totals | null) => Entitlement | null;

export interface ConditionCompiler {
  /** read a top-level fact (slot-based, or direct for explanations) */
  reader(key: string): (ctx: EvalContext) => unknown;
  /** fact key → slot, for filling `EvalContext.values` */
  readonly slots: ReadonlyMap<string, number>;
  /** compile a top-level condition read from the evaluation context */
  compile(condition: Condition | undefined): Predicate<EvalContext>;
  /** compile a condition on the fields of one record of a records fact */
  compileRecord(recordsKey: string, where: Condition): Predicate<Record<string, unknown>>;
}

/** Open-addressed fact key → slot table for the hot path (slot-table.ts). */
export interface SlotTable {
  table: Int16Array;
  mask: number;
  keys: string[];
}

export interface CompiledTier {
  ref: TierRef;
  test: Predicate;
  amount: AmountFn;
}

export interface CompiledBenefit {
  ref: BenefitRef;
  recipients: ReadonlySet<string>;
  /** the benefit's own condition (tiers have theirs), for generated plan code */
  condition: Condition | undefined;
  test: Predicate;
  amount: AmountFn | null;
  tiers: CompiledTier[] | null;
  exclusiveGroup: string | null;
  rule: PrecedenceRule;
  /** facts that must be present for the benefit (or any of its tiers) to qualify:
   * `(present[maskWord] & maskBits) === maskBits` (see required-facts.ts) */
  maskWord: number;
  maskBits: number;
  /** index of the matter node (topological order) */
  node: number;
  /** totals a paid entitlement adds to (matter, program + matter) that some amount reads */
  totalKeys: readonly string[] | null;
}

export interface CompiledTreatment {
  ref: TreatmentRef;
  recipients: ReadonlySet<string>;
  condition: Condition | undefined;
  test: Predicate;
  /** structural key of the condition ("" = unconditional): equal conditions are tested once */
  conditionKey: string;
  /** facts that must be present for the condition to hold */
  maskWord: number;
  maskBits: number;
}

export interface CompiledDerivation {
  ref: DerivationRef;
  test: Predicate;
  key: string;
  value: string | number | boolean;
  mode: "add" | "raise" | "set";
  ranks: Map<string, number> | null;
  clauseId: string | undefined;
  /** slot of the derived fact */
  slot: number;
  /** facts that must be present for `when` to hold */
  maskWord: number;
  maskBits: number;
}

/** Matters that must be settled together (shared exclusive groups), in dependency order. */
export interface MatterNode {
  index: number;
  matters: string[];
  /** some later amount reads this node's totals (matching, uplift of a matter) */
  referenced: boolean;
}

export interface CompiledProgramSet {
  readonly kind: "compiled-program-set";
  programs: readonly ProgramRef[];
  benefits: readonly CompiledBenefit[];
  treatments: readonly CompiledTreatment[];
  derivations: readonly CompiledDerivation[];
  nodes: readonly MatterNode[];
  /** total keys (matter, program+matter) some amount reads */
  referencedTotals: ReadonlySet<string>;
  scope: ReadonlyMap<string, ResolvedFact>;
  /** facts some derivation may set */
  derivable: ReadonlySet<string>;
  /** fact key → slot in EvalContext.values */
  slots: ReadonlyMap<string, number>;
  /** the same as a prototype-less object (derived keys) */
  slotIndex: Readonly<Record<string, number | undefined>>;
  /** the same as a hash table (the fastest lookup for profile keys, see slot-table.ts) */
  slotTable: SlotTable;
  /** reusable slot array (evaluation is synchronous, never re-entered) */
  scratch: { values: unknown[]; touched: Int32Array; present: Int32Array; ctx: EvalContext };
  /** per-date plans, filled lazily by the evaluator */
  cache: PlanCache;
  /** the closure compiler (generated plan code calls its closures for rare comparisons) */
  closures: ConditionCompiler;
  /** plans test their conditions with generated code (see plan-code.ts) */
  generateCode: boolean;
}

export interface CompileOptions {
  /**
   * Test conditions with code generated per plan (default: wherever the runtime allows
   * it). `false` keeps the closures only; results are identical either way.
   */
  generateCode?: boolean;
  /**
   * Regional catalogues (RegionalCatalogue, as data): the facts and values a province, city or
   * district maintains for the programs issued within it. Each program is validated with the
   * catalogues and programs above it; their declarations join the compiled set's facts.
   */
  catalogues?: readonly unknown[];
}

/* ---- plans: what depends only on (date, region, recipient kind) ---- */

/** The generated tests of a plan write one bit per benefit and treatment group into `out`. */
export type PlanTests = (
  values: unknown[],
  present: Int32Array,
  ctx: EvalContext,
  out: Int32Array,
) => void;

export interface PlanCode {
  run: PlanTests;
  /** the source, for tests and debugging */
  source: string;
  /** word of `out` where treatment-group bits start */
  treatmentWord: number;
  /** words `out` needs */
  words: number;
}

/** Benefits of one matter node a profile of this kind can receive, in dependency order. */
export interface PlanGroup {
  node: number;
  benefits: CompiledBenefit[];
  /** one benefit without tiers: no competition possible inside the group */
  single: boolean;
  referenced: boolean;
  /** bit of the group's first benefit in the generated tests' output */
  first: number;
}

export interface TreatmentGroup {
  condition: Condition | undefined;
  test: Predicate;
  maskWord: number;
  maskBits: number;
  refs: TreatmentRef[];
}

/** Everything that depends only on (date, region, recipient kind), computed once. */
export interface Plan {
  asOf: string;
  compiled: CompiledProgramSet;
  programs: readonly ProgramStatus[];
  clauses: readonly ClauseStatus[];
  /** benefits for this kind outside their own dates (their clause and program in force) */
  benefits: readonly BenefitStatus[];
  derivations: readonly CompiledDerivation[];
  groups: readonly PlanGroup[];
  /** treatments without conditions (shared, read-only) */
  treatmentsAlways: readonly TreatmentRef[];
  /** conditional treatments grouped by identical condition: one test per group */
  treatmentGroups: readonly TreatmentGroup[];
  /** generated tests of every benefit and treatment group (null: closures only) */
  code: PlanCode | null;
  /** the generated tests' output (reused: evaluation is never re-entered) */
  hits: Int32Array;
  /** nothing here reads a fact: no benefit, conditional treatment or derivation */
  readsNothing: boolean;
}

/** Programs and clauses of one region on one date, and its plans per recipient kind. */
export interface RegionView {
  programs: ProgramStatus[];
  clauses: ClauseStatus[];
  inForce: Set<string>;
  expiredClauses: Set<string>;
  byKind: Map<string, Plan>;
}

export interface DateView {
  regions: Map<string, RegionView>;
}

/** Plans cached per date (then region, then kind); the last date is remembered apart. */
export interface PlanCache {
  views: Map<string, DateView>;
  lastAsOf: string | null;
  lastView: DateView | null;
}
