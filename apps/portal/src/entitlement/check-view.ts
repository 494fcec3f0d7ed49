// The check page's view-model. It runs the very engine the API, the CLI and the batch runs
// use: compile the published documents once, evaluate the profile, and place the Chinese
// sentences the engine writes on cards. Nothing here decides an entitlement or writes a
// sentence about one; it only arranges the engine's answer for the page.
import {
  benefitStatusText,
  type CompiledProgramSet,
  clauseStatusText,
  compile,
  derivationText,
  describeResult,
  type Entitlement,
  type EvaluationResult,
  entitlementKey,
  evaluate,
  exclusionReason,
  exclusionWinnerText,
  formatAmount,
  formatCondition,
  formatFen,
  formatFigure,
  formatQuota,
  type Payer,
  type Period,
  type ProgramStatusCode,
  payerLabels,
  periodLabels,
  programStatusLabels,
  providerLabels,
  treatmentKindLabels,
} from "@jiangce/rule-schema";
import { type NearMissCard, nearMissCards } from "./assess-view.ts";

export { nextStep } from "./assess-view.ts";

/** Where a card's item is granted: the program, its clause, and the item's label. */
export interface ClauseItem {
  key: string;
  programId: string;
  programTitle: string;
  clauseId: string;
  citation: string;
  label: string;
}

export interface EntitlementCard extends ClauseItem {
  tierLabel: string | null;
  /** the engine's figure with its working: "30万元", "6000元（按…3000元的200%）", "金额按规定（原文未定）" */
  amountText: string;
  /** the figure alone ("最高6000元"), null when the text names none */
  figure: string | null;
  amountFen: number | "unspecified";
  period: string;
  payer: string;
  payerCode: string;
  funding: string | null;
  validFrom: string | null;
  validUntil: string | null;
  conditions: string[];
  quote: string | null;
  quota: string | null;
}

export interface ExclusionCard extends EntitlementCard {
  reason: string;
  winner: string | null;
}

export interface CheckView {
  asOf: string;
  totalFen: number;
  totalText: string;
  hasUnspecified: boolean;
  byPayer: { payer: string; text: string }[];
  entitlements: EntitlementCard[];
  excluded: ExclusionCard[];
  /** benefits (or higher tiers) just missed, nearest first, with what is missing */
  nearMisses: NearMissCard[];
  treatments: (ClauseItem & {
    kind: string;
    provider: string | null;
    encouragedOnly: boolean;
    quote: string | null;
    quota: string | null;
  })[];
  derived: { key: string; programTitle: string; text: string }[];
  programs: {
    programId: string;
    title: string;
    status: ProgramStatusCode;
    statusLabel: string;
    from: string | null;
    until: string | null;
  }[];
  /** clauses and benefits outside their own dates while their program is in force */
  notNow: { key: string; programId: string; clauseId: string; citation: string; text: string }[];
}

export class CheckFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckFailedError";
  }
}

/**
 * Once per set of published documents. Conditions stay closures here: the page checks one
 * profile at a time, and its CSP (script-src 'self') forbids the generated code the engine
 * uses for rosters; results are the same either way. `catalogues`: the district's regional
 * catalogues (portal.getCatalogues), whose facts the programs may name.
 */
export function compilePrograms(
  documents: readonly unknown[],
  catalogues: readonly unknown[] = [],
): CompiledProgramSet {
  return compile([...documents], { generateCode: false, catalogues });
}

function titleOf(compiled: CompiledProgramSet, programId: string): string {
  return compiled.programs.find((p) => p.id === programId)?.title ?? programId;
}

export function runCheck(compiled: CompiledProgramSet, profile: unknown, asOf: string): CheckView {
  let result: EvaluationResult;
  try {
    result = evaluate(compiled, profile as Parameters<typeof evaluate>[1], asOf);
  } catch (error) {
    const issues = (error as { issues?: { message: string }[] }).issues;
    throw new CheckFailedError(
      issues?.length
        ? `填写的信息有误：${issues.map((i) => i.message).join("；")}`
        : "计算失败，请核对填写的信息后重试。",
    );
  }
  const described = describeResult(result);
  const entitlements = result.entitlements.map((e, i) =>
    cardOf(described.entitlements[i]!, e, result),
  );
  const excluded = result.excluded.map(
    (x, i): ExclusionCard => ({
      ...cardOf(described.excluded[i]!, x.candidate, result),
      reason: exclusionReason(x),
      winner: x.by === null ? null : exclusionWinnerText(x.by),
    }),
  );
  const payerTotals = new Map<string, number>();
  for (const e of described.entitlements)
    if (e.amountFen !== "unspecified")
      payerTotals.set(e.payer, (payerTotals.get(e.payer) ?? 0) + e.amountFen);

  return {
    asOf: described.asOf,
    totalFen: described.totalFen,
    totalText: formatFen(described.totalFen),
    hasUnspecified: described.hasUnspecified,
    byPayer: [...payerTotals].map(([payer, fen]) => ({
      payer: payerLabels[payer as Payer] ?? payer,
      text: formatFen(fen),
    })),
    entitlements,
    excluded,
    nearMisses: nearMissCards(result),
    treatments: described.treatments.map((t) => ({
      key: `${t.programId}/${t.treatmentId}`,
      programId: t.programId,
      programTitle: titleOf(result.compiled, t.programId),
      clauseId: t.clauseId,
      citation: t.citation,
      label: t.label,
      kind: treatmentKindLabels[t.kind as keyof typeof treatmentKindLabels] ?? t.kind,
      provider: t.provider
        ? (providerLabels[t.provider as keyof typeof providerLabels] ?? null)
        : null,
      encouragedOnly: t.encouragedOnly,
      quote: t.quote,
      quota: t.quota ? formatQuota(t.quota) : null,
    })),
    derived: described.derived.map((d, i) => ({
      key: `${d.programId}/${d.derivationId}`,
      programTitle: titleOf(result.compiled, d.programId),
      text: derivationText(result.derived[i]!),
    })),
    programs: described.programs
      .filter((p) => p.status !== "outside-jurisdiction")
      .map((p) => ({
        programId: p.programId,
        title: p.title,
        status: p.status,
        statusLabel: programStatusLabels[p.status],
        from: p.from,
        until: p.until,
      })),
    notNow: [
      ...result.clauses.map((c) => ({
        key: `${c.program.id}/${c.clause.id}`,
        programId: c.program.id,
        clauseId: c.clause.id,
        citation: c.clause.citation,
        text: clauseStatusText(c),
      })),
      ...result.benefits.map((b) => ({
        key: b.ref.key,
        programId: b.ref.programId,
        clauseId: b.ref.clauseId,
        citation: b.ref.citation,
        text: benefitStatusText(b),
      })),
    ],
  };
}

function cardOf(
  view: ReturnType<typeof describeResult>["entitlements"][number],
  lean: Entitlement,
  result: EvaluationResult,
): EntitlementCard {
  return {
    key: entitlementKey(lean),
    programId: view.programId,
    programTitle: view.programTitle,
    clauseId: view.clauseId,
    citation: view.citation,
    label: view.label,
    tierLabel: view.tierLabel,
    amountText: formatAmount(lean),
    figure: formatFigure(lean),
    amountFen: view.amountFen,
    period: periodLabels[view.period as Period] ?? view.period,
    payer: payerLabels[view.payer as Payer] ?? view.payer,
    payerCode: view.payer,
    funding: view.funding,
    validFrom: view.validFrom,
    validUntil: view.validUntil,
    conditions: view.conditions
      .map((t) => formatCondition(result.compiled, t))
      .filter((x) => x !== ""),
    quote: view.quote,
    quota: view.quota ? formatQuota(view.quota) : null,
  };
}
