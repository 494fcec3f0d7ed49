import {
  type Benefit,
  type Condition,
  describeCondition,
  formatQuota,
  payerLabels,
  periodLabels,
  type ResolvedFact,
  type Tier,
} from "@jiangce/rule-schema";
import { same } from "./canonical.ts";
import { conditionDirection } from "./condition-direction.ts";
import { amountText } from "./money-text.ts";
import type { StructuredChange } from "./types.ts";

type Scope = ReadonlyMap<string, ResolvedFact>;

const directionWord = { tightened: "收紧", loosened: "放宽", changed: "调整" } as const;

function conditionText(scope: Scope, c: Condition | undefined): string {
  return c === undefined ? "不限条件" : describeCondition(scope, c);
}

function conditionChange(
  scope: Scope,
  subject: string,
  before: Condition | undefined,
  after: Condition | undefined,
  ids: Pick<StructuredChange, "benefitId" | "tierId">,
): StructuredChange[] {
  if (same(before ?? null, after ?? null)) return [];
  const direction = conditionDirection(scope, before, after);
  return [
    {
      kind: "condition",
      direction,
      sentence: `${subject} 条件${directionWord[direction]}：${conditionText(scope, before)} → ${conditionText(scope, after)}`,
      ...ids,
    },
  ];
}

function pairById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((x) => [x.id, x]));
  const pairs: { before: T | null; after: T | null }[] = after.map((x) => ({
    before: old.get(x.id) ?? null,
    after: x,
  }));
  const kept = new Set(after.map((x) => x.id));
  for (const x of before) if (!kept.has(x.id)) pairs.push({ before: x, after: null });
  return pairs;
}

function tierChanges(scope: Scope, b: Benefit, before: Tier[], after: Tier[]): StructuredChange[] {
  const out: StructuredChange[] = [];
  for (const p of pairById(before, after)) {
    const tierId = (p.after ?? p.before)?.id;
    const ids = { benefitId: b.id, tierId };
    if (p.before === null && p.after !== null) {
      out.push({
        kind: "tier-added",
        sentence: `${b.label} 新增档次“${p.after.label}” ${amountText(p.after.amount)}`,
        ...ids,
      });
    } else if (p.after === null && p.before !== null) {
      out.push({
        kind: "tier-removed",
        sentence: `${b.label} 删除档次“${p.before.label}”（原 ${amountText(p.before.amount)}）`,
        ...ids,
      });
    } else if (p.before && p.after) {
      const subject = `${p.after.label} ${b.label}`;
      if (!same(p.before.amount, p.after.amount))
        out.push({
          kind: "amount",
          sentence: `${subject} ${amountText(p.before.amount)} → ${amountText(p.after.amount)}`,
          ...ids,
        });
      if (p.before.label !== p.after.label)
        out.push({
          kind: "label",
          sentence: `档次名称 “${p.before.label}” → “${p.after.label}”`,
          ...ids,
        });
      out.push(...conditionChange(scope, subject, p.before.conditions, p.after.conditions, ids));
      out.push(...quotaChange(subject, p.before.quota, p.after.quota, ids));
    }
  }
  return out;
}

function quotaChange(
  subject: string,
  before: Tier["quota"],
  after: Tier["quota"],
  ids: Pick<StructuredChange, "benefitId" | "tierId">,
): StructuredChange[] {
  if (same(before ?? null, after ?? null)) return [];
  const text = (q: Tier["quota"]) => (q === undefined ? "未定名额" : formatQuota(q));
  return [{ kind: "quota", sentence: `${subject} 名额 ${text(before)} → ${text(after)}`, ...ids }];
}

/** What changed in one benefit kept across the two versions, each as a sentence. */
export function benefitChanges(scope: Scope, before: Benefit, after: Benefit): StructuredChange[] {
  const ids = { benefitId: after.id };
  const out: StructuredChange[] = [];
  if (before.label !== after.label)
    out.push({ kind: "label", sentence: `待遇名称 “${before.label}” → “${after.label}”`, ...ids });
  if (!same(before.amount ?? null, after.amount ?? null))
    out.push({
      kind: "amount",
      sentence: `${after.label} ${amountText(before.amount)} → ${amountText(after.amount)}`,
      ...ids,
    });
  out.push(...tierChanges(scope, after, before.tiers ?? [], after.tiers ?? []));
  out.push(...conditionChange(scope, after.label, before.conditions, after.conditions, ids));
  if (before.period !== after.period)
    out.push({
      kind: "period",
      sentence: `${after.label} 发放方式 ${periodLabels[before.period]} → ${periodLabels[after.period]}`,
      ...ids,
    });
  if (before.payer !== after.payer)
    out.push({
      kind: "payer",
      sentence: `${after.label} 支付方 ${payerLabels[before.payer]} → ${payerLabels[after.payer]}`,
      ...ids,
    });
  if ((before.funding ?? "") !== (after.funding ?? ""))
    out.push({
      kind: "funding",
      sentence: `${after.label} 资金来源 ${before.funding ?? "未列明"} → ${after.funding ?? "未列明"}`,
      ...ids,
    });
  out.push(...quotaChange(after.label, before.quota, after.quota, ids));
  return out;
}

export function benefitListChanges(
  scope: Scope,
  before: readonly Benefit[],
  after: readonly Benefit[],
): StructuredChange[] {
  const out: StructuredChange[] = [];
  for (const p of pairById(before, after)) {
    if (p.before && p.after) out.push(...benefitChanges(scope, p.before, p.after));
    else if (p.after)
      out.push({
        kind: "benefit-added",
        benefitId: p.after.id,
        sentence: `新增待遇“${p.after.label}” ${p.after.tiers ? p.after.tiers.map((t) => `${t.label}${amountText(t.amount)}`).join("、") : amountText(p.after.amount)}`,
      });
    else if (p.before)
      out.push({
        kind: "benefit-removed",
        benefitId: p.before.id,
        sentence: `删除待遇“${p.before.label}”`,
      });
  }
  return out;
}

export { pairById };
