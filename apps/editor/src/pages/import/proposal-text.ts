// What a proposal read, as the drafter reads it. The sentences about benefits, treatments,
// quotas and targets are the engine's (rule-schema); this file only picks the one for each kind.
import type { Proposal, ProposalKind } from "@jiangce/policy-import";
import {
  type Benefit,
  describeGrant,
  describeTreatment,
  formatAmountSpec,
  formatQuota,
  formatRecipients,
  formatTarget,
  payerLabels,
  type Quota,
  stageLabels,
  type Target,
  type Treatment,
} from "@jiangce/rule-schema";

/** Kind names for tags and the 按类别 menu. */
export const proposalKindLabels: Record<ProposalKind, string> = {
  title: "标题",
  "document-number": "发文字号",
  stage: "稿件阶段",
  benefit: "资金待遇",
  treatment: "非资金待遇",
  validity: "有效期",
  deadline: "条款期限",
  precedence: "适用规则",
  target: "目标",
  quota: "名额",
  "responsible-units": "责任单位",
  annex: "附件表格",
};

const effectiveFrom = { issue: "自印发之日起施行", publication: "自公布之日起施行" } as const;

/** Proposal values are schema inputs: defaults (period, payer) are not filled in yet. */
function asBenefit(value: Extract<Proposal, { kind: "benefit" }>["value"]): Benefit {
  return { period: "once", payer: "government", ...value } as Benefit;
}

/** One line per proposal: "给予一次性奖励（衢州大工匠）10万元 …". */
export function proposalSummary(p: Proposal): string {
  switch (p.kind) {
    case "title":
    case "document-number":
      return p.value;
    case "stage":
      return stageLabels[p.value];
    case "deadline":
      return `${p.value}前有效`;
    case "benefit": {
      const b = asBenefit(p.value);
      const tiers = (b.tiers ?? []).map((t) => `${t.label}${formatAmountSpec(t.amount)}`);
      return `${describeGrant(b)}${tiers.length ? `：${tiers.join("、")}` : ""}；对象：${formatRecipients(b.recipient)}；由${payerLabels[b.payer]}支付`;
    }
    case "treatment":
      return describeTreatment(p.value as Treatment);
    case "quota":
      return formatQuota(p.value as Quota);
    case "target":
      return formatTarget(p.value as Target);
    case "responsible-units":
      return p.value.map((u) => `${u.name}${u.role === "lead" ? "（牵头）" : ""}`).join("、");
    case "annex":
      return `${p.value.title}（${p.value.tasks?.length ?? 0}行）`;
    case "validity": {
      const { effective, expiry } = p.value;
      const start =
        effective.from === "date" ? `自${effective.date}起施行` : effectiveFrom[effective.from];
      if (expiry.kind === "last-day") return `${start}，有效期至${expiry.date}`;
      if (expiry.kind === "duration")
        return `${start}，有效期${expiry.years ? `${expiry.years}年` : ""}${expiry.months ? `${expiry.months}个月` : ""}`;
      return `${start}，未规定有效期`;
    }
    case "precedence": {
      const parts: string[] = [];
      if (p.value.withinMatter === "highest") parts.push("同一事项就高、不重复享受");
      if (p.value.withinMatter === "stack") parts.push("同一事项可叠加享受");
      if (p.value.acrossPrograms === "highest-then-newest") parts.push("多个方案从新就高");
      else if (p.value.acrossPrograms === "newest") parts.push("与此前政策不一致的按本方案执行");
      else if (p.value.acrossPrograms === "stack") parts.push("多个方案可叠加");
      if (p.value.higherLevelOverrides) parts.push("上级新规定从其规定");
      return parts.join("；") || "适用规则";
    }
  }
}
