// The check page runs the very engine the API, the CLI and the batch runs use: compile the
// published documents once, evaluate the profile, and read the Chinese texts the engine writes.
// Nothing here decides an entitlement; it only arranges the engine's answer for the page.
import {
  type CompiledProgramSet,
  compile,
  describeResult,
  type EvaluationResult,
  evaluate,
  exclusionRuleLabels,
  formatAmount,
  formatCondition,
  formatFen,
  formatQuota,
  type Payer,
  type Period,
  payerLabels,
  periodLabels,
  programStatusLabels,
  providerLabels,
  treatmentKindLabels,
} from "@jiangce/rule-schema";

export interface EntitlementCard {
  key: string;
  programId: string;
  programTitle: string;
  clauseId: string;
  citation: string;
  label: string;
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
  treatments: {
    key: string;
    programId: string;
    programTitle: string;
    clauseId: string;
    citation: string;
    label: string;
    kind: string;
    provider: string | null;
    encouragedOnly: boolean;
    quote: string | null;
    quota: string | null;
  }[];
  derived: { key: string; programTitle: string; text: string }[];
  programs: {
    programId: string;
    title: string;
    status: string;
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
 * uses for rosters; results are the same either way.
 */
export function compilePrograms(documents: readonly unknown[]): CompiledProgramSet {
  return compile([...documents], { generateCode: false });
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
  const card = (index: number, lean = result.entitlements[index]!): EntitlementCard => {
    const view = described.entitlements[index]!;
    return cardOf(view, formatAmount(lean), result);
  };
  const entitlements = result.entitlements.map((e, i) => card(i, e));
  const labelOfKey = new Map(entitlements.map((e) => [e.key, e]));
  const excluded = result.excluded.map((x, i): ExclusionCard => {
    const view = described.excluded[i]!;
    const base = cardOf(view, formatAmount(x.candidate), result);
    const winner = view.excludedBy === null ? null : labelOfKey.get(view.excludedBy);
    return {
      ...base,
      reason: `${exclusionRuleLabels[view.rule]}${view.incomparable ? "（金额未明确无法比较，以最新政策为准）" : ""}`,
      winner: winner
        ? `已按《${winner.programTitle}》${winner.citation} ${winner.label}${winner.tierLabel ? `（${winner.tierLabel}）` : ""} ${winner.amountText} 享受`
        : null,
    };
  });
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
    derived: described.derived.map((d) => ({
      key: `${d.programId}/${d.derivationId}`,
      programTitle: titleOf(result.compiled, d.programId),
      text: d.note ?? `${d.fact}：${String(d.value)}`,
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
      ...described.clauses.map((c) => ({
        key: `${c.programId}/${c.clauseId}`,
        programId: c.programId,
        clauseId: c.clauseId,
        citation: c.citation,
        text: `《${titleOf(result.compiled, c.programId)}》${c.citation} ${c.status === "expired" ? `已于 ${c.until} 到期` : `自 ${c.from} 起施行`}，该条款暂不产生待遇`,
      })),
      ...described.benefits.map((b) => ({
        key: `${b.programId}/${b.benefitId}`,
        programId: b.programId,
        clauseId: b.clauseId,
        citation: b.citation,
        text: `《${titleOf(result.compiled, b.programId)}》${b.citation} ${b.label}${b.status === "expired" ? `已于 ${b.until} 到期` : `自 ${b.from} 起施行`}，该待遇暂不发放`,
      })),
    ],
  };
}

function cardOf(
  view: ReturnType<typeof describeResult>["entitlements"][number],
  amountText: string,
  result: EvaluationResult,
): EntitlementCard {
  return {
    key: `${view.programId}/${view.benefitId}${view.tierId ? `/${view.tierId}` : ""}`,
    programId: view.programId,
    programTitle: view.programTitle,
    clauseId: view.clauseId,
    citation: view.citation,
    label: view.label,
    tierLabel: view.tierLabel,
    amountText,
    figure:
      view.amountFen === "unspecified"
        ? null
        : `${view.upTo ? "最高" : ""}${formatFen(view.amountFen)}`,
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
