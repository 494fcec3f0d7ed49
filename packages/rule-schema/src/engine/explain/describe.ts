import type { Condition } from "../../schema/condition.ts";
import type { Quota } from "../../schema/quota.ts";
import { bindConditions } from "../bind-conditions.ts";
import { entitlementKey } from "../entitlement-key.ts";
import { paidTotal, paidTotalsByPayer } from "../money.ts";
import type {
  CompiledProgramSet,
  Entitlement,
  EvalContext,
  EvaluationResult,
  ExclusionRule,
  ProgramStatusCode,
} from "../types.ts";
import { type ConditionTrace, traceCondition } from "./trace-condition.ts";

/** A plain, JSON-serialisable view of one entitlement with the conditions it met. */
export interface EntitlementView {
  programId: string;
  programTitle: string;
  clauseId: string;
  citation: string;
  benefitId: string;
  matter: string;
  label: string;
  tierId: string | null;
  tierLabel: string | null;
  amountFen: number | "unspecified";
  upTo: boolean;
  /** the ceiling as a number when upTo (the figure, or the cap of an open amount) */
  ceilingFen: number | null;
  capped: boolean;
  /** the limit that clipped the amount (fen) when capped */
  capFen: number | null;
  /** the base a relative cap (capOf) read, when known */
  capBase: { kind: string; fen: number | "unspecified" } | null;
  count: number | null;
  unitLabel: string | null;
  period: string;
  payer: string;
  recipient: string;
  funding: string | null;
  validFrom: string | null;
  validUntil: string | null;
  amountKind: string;
  /** the granting sentence of the clause text, verbatim, when the program records it */
  quote: string | null;
  /** places of the selection (the tier's quota, else the benefit's) */
  quota: Quota | null;
  base:
    | {
        kind: "matter";
        matter: string;
        program: string | null;
        fen: number | "unspecified";
        from: string[];
      }
    | { kind: "fact"; fact: string; fen: number }
    | { kind: "fen"; fen: number }
    | { kind: "records"; records: string; field: string; fen: number; count: number }
    | null;
  /** benefit conditions, then tier conditions, each with the fact values used */
  conditions: ConditionTrace[];
}

export interface ExclusionView extends EntitlementView {
  rule: ExclusionRule;
  /** `programId/benefitId[/tierId]` of the winner */
  excludedBy: string | null;
  decidedByProgram: string;
  incomparable: boolean;
}

export interface DescribedResult {
  profileId: string;
  asOf: string;
  totalFen: number;
  hasUnspecified: boolean;
  /** the same totals per payer: government money and employer money are never one sum */
  byPayer: ReturnType<typeof paidTotalsByPayer>;
  entitlements: EntitlementView[];
  excluded: ExclusionView[];
  treatments: {
    programId: string;
    clauseId: string;
    citation: string;
    treatmentId: string;
    kind: string;
    label: string;
    encouragedOnly: boolean;
    quote: string | null;
    quota: Quota | null;
    provider: string | null;
  }[];
  derived: {
    programId: string;
    derivationId: string;
    fact: string;
    value: unknown;
    note: string | null;
  }[];
  programs: {
    programId: string;
    title: string;
    status: ProgramStatusCode;
    from: string | null;
    until: string | null;
  }[];
  clauses: {
    programId: string;
    clauseId: string;
    citation: string;
    status: string;
    from: string | null;
    until: string | null;
  }[];
  /** benefits outside their own dates (the clause and program in force) */
  benefits: {
    programId: string;
    clauseId: string;
    citation: string;
    benefitId: string;
    matter: string;
    label: string;
    status: "expired" | "not-yet-effective";
    from: string | null;
    until: string | null;
  }[];
}

/** The conditions an entitlement met, with the values used (benefit, then tier). */
export function conditionsMet(
  compiled: CompiledProgramSet,
  e: Entitlement,
  ctx: EvalContext,
): ConditionTrace[] {
  // as compiled: the program's effective date written in where a comparison names it
  const from = e.ref.program.from;
  const list: Condition[] = [];
  const own = bindConditions(e.ref.benefit.conditions, from);
  const tier = bindConditions(e.tier?.tier.conditions, from);
  if (own) list.push(own);
  if (tier) list.push(tier);
  return list.map((c) => traceCondition(compiled, c, ctx));
}

function viewOf(result: EvaluationResult, e: Entitlement): EntitlementView {
  const amount = e.tier?.amount ?? e.ref.benefit.amount!;
  const base = e.base;
  return {
    programId: e.ref.programId,
    programTitle: e.ref.program.title,
    clauseId: e.ref.clauseId,
    citation: e.ref.citation,
    benefitId: e.ref.benefitId,
    matter: e.ref.matter,
    label: e.ref.label,
    tierId: e.tier?.id ?? null,
    tierLabel: e.tier?.label ?? null,
    amountFen: e.amount,
    upTo: e.upTo,
    ceilingFen: e.ceilingFen,
    capped: e.capped,
    capFen: e.capFen,
    capBase: e.capBase === null ? null : { kind: e.capBase.kind, fen: e.capBase.fen },
    count: e.count,
    unitLabel: amount.kind === "per-unit" ? amount.unitLabel : null,
    period: e.ref.period,
    payer: e.ref.payer,
    recipient: result.context.kind,
    funding: e.ref.funding ?? null,
    validFrom: e.ref.validFrom,
    validUntil: e.ref.validUntil,
    amountKind: amount.kind,
    quote: e.ref.benefit.quote ?? null,
    quota: e.tier?.tier.quota ?? e.ref.benefit.quota ?? null,
    base:
      base === null
        ? null
        : base.kind === "matter"
          ? {
              kind: "matter",
              matter: base.matter,
              program: base.program ?? null,
              fen: base.fen,
              from: base.from.map(entitlementKey),
            }
          : base,
    conditions: conditionsMet(result.compiled, e, result.context),
  };
}

/**
 * Materialise a lean result into plain JSON: every entitlement with the conditions it met
 * and the values used, every excluded candidate with its rule, program statuses.
 */
export function describeResult(result: EvaluationResult): DescribedResult {
  const { totalFen, hasUnspecified } = paidTotal(result.entitlements);
  return {
    profileId: result.profileId,
    asOf: result.asOf,
    totalFen,
    hasUnspecified,
    byPayer: paidTotalsByPayer(result.entitlements),
    entitlements: result.entitlements.map((e) => viewOf(result, e)),
    excluded: result.excluded.map((x) => ({
      ...viewOf(result, x.candidate),
      rule: x.rule,
      excludedBy: x.by === null ? null : entitlementKey(x.by),
      decidedByProgram: x.decidedBy.id,
      incomparable: x.incomparable,
    })),
    treatments: result.treatments.map((t) => ({
      programId: t.program.id,
      clauseId: t.clause.id,
      citation: t.clause.citation,
      treatmentId: t.treatment.id,
      kind: t.treatment.kind,
      label: t.treatment.label,
      encouragedOnly: t.treatment.encouragedOnly,
      quote: t.treatment.quote ?? null,
      quota: t.treatment.quota ?? null,
      provider: t.treatment.provider ?? null,
    })),
    derived: result.derived.map((d) => ({
      programId: d.program.id,
      derivationId: d.derivation.id,
      fact: d.derivation.fact,
      value: d.derivation.value,
      note: d.derivation.note ?? null,
    })),
    programs: result.programs.map((p) => ({
      programId: p.program.id,
      title: p.program.title,
      status: p.status,
      from: p.program.from,
      until: p.program.until,
    })),
    clauses: result.clauses.map((c) => ({
      programId: c.program.id,
      clauseId: c.clause.id,
      citation: c.clause.citation,
      status: c.status,
      from: c.from,
      until: c.until,
    })),
    benefits: result.benefits.map((b) => ({
      programId: b.ref.programId,
      clauseId: b.ref.clauseId,
      citation: b.ref.citation,
      benefitId: b.ref.benefitId,
      matter: b.ref.matter,
      label: b.ref.label,
      status: b.status,
      from: b.from,
      until: b.until,
    })),
  };
}
