// Sentences about what a program grants, read from its data alone (no profile, no evaluation):
// the editor shows them in the document ("给予一次性奖励10万元（衢州大工匠，10名左右）").
// `formatAmount` in format-amount.ts says the same things about an evaluated entitlement.
import type { Amount, AmountBase, CapOf } from "../../schema/amount.ts";
import { type Benefit, payerLabels, periodLabels, type Tier } from "../../schema/benefit.ts";
import { type RecipientKind, recipientKindLabels } from "../../schema/primitives.ts";
import { formatQuota } from "../../schema/quota.ts";
import { providerLabels, type Treatment, treatmentKindLabels } from "../../schema/treatment.ts";
import { formatFen } from "../money.ts";

/** "标准3000元", "申请人提供的金额", "已获“衢州工匠”奖励" */
export function formatAmountBase(of: AmountBase): string {
  if ("fen" in of) return `标准${formatFen(of.fen)}`;
  if ("fact" in of) return `申请人提供的金额（${of.fact}）`;
  if ("records" in of) return `符合条件的${of.records}记录中${of.field}之和`;
  return `${of.program ? `《${of.program}》` : ""}“${of.matter}”事项已获奖励`;
}

function capText(cap: number | undefined, capOf: CapOf | undefined): string {
  const parts: string[] = [];
  if (cap !== undefined) parts.push(`最高不超过${formatFen(cap)}`);
  if (capOf !== undefined) parts.push(`不得超过${formatAmountBase(capOf.of)}的${capOf.percent}%`);
  return parts.length ? `，${parts.join("，")}` : "";
}

/** An amount as the program states it: "10万元", "每人3000元", "按…的1:1配套，最高不超过5万元". */
export function formatAmountSpec(amount: Amount): string {
  const upTo = amount.upTo ? "最高" : "";
  const cap = capText(amount.cap, amount.capOf);
  switch (amount.kind) {
    case "fixed":
      return `${upTo}${formatFen(amount.fen)}${cap}`;
    case "per-unit":
      return `${upTo}每${amount.unitLabel}${formatFen(amount.fenPerUnit)}${cap}`;
    case "matching":
      return `按${formatAmountBase(amount.of)}1:${amount.ratio}配套${cap}`;
    case "uplift":
      return `在${formatAmountBase(amount.of)}基础上上浮${amount.percent}%${cap}`;
    case "percent-of":
      return `按${formatAmountBase(amount.of)}的${amount.percent}%${cap}`;
    case "unspecified":
      return `金额按规定（原文未定）${cap}`;
  }
}

/** "个人", "用人单位、院校" */
export function formatRecipients(recipient: RecipientKind | RecipientKind[]): string {
  const kinds = Array.isArray(recipient) ? recipient : [recipient];
  // a draft being written may not have chosen yet: say so rather than print "undefined"
  return kinds.map((k) => recipientKindLabels[k] ?? "（对象未填写）").join("、");
}

/** One granting sentence: "给予一次性奖励10万元（衢州大工匠，10名左右）". */
export function describeGrant(benefit: Benefit, tier?: Tier): string {
  const amount = tier?.amount ?? benefit.amount;
  const figure = amount ? formatAmountSpec(amount) : "";
  const quota = tier?.quota ?? (tier ? undefined : benefit.quota);
  const aside = [tier?.label, quota ? formatQuota(quota) : undefined].filter(Boolean);
  const periodLabel = periodLabels[benefit.period] ?? "";
  const period = benefit.label.includes(periodLabel) ? "" : periodLabel;
  return `给予${period}${benefit.label}${figure}${aside.length ? `（${aside.join("，")}）` : ""}`;
}

/** The facts around a benefit: "对象：个人；由政府财政支付；资金来源：…；同组就高：…；截至…". */
export function describeBenefitTerms(benefit: Benefit): string {
  const parts = [
    `对象：${formatRecipients(benefit.recipient)}`,
    payerLabels[benefit.payer] ? `由${payerLabels[benefit.payer]}支付` : "支付方未填写",
  ];
  if (benefit.funding) parts.push(`资金来源：${benefit.funding}`);
  if (benefit.exclusiveGroup) parts.push(`同组就高、不重复享受（${benefit.exclusiveGroup}）`);
  if (benefit.deadline) parts.push(`${benefit.deadline}前有效`);
  if (benefit.conditions) parts.push("附申领条件");
  return parts.join("；");
}

/** "职称评审：可直接申报正高级职称（政府部门提供；每2年评选一次，每次20名左右）" */
export function describeTreatment(treatment: Treatment): string {
  const aside = [
    treatment.encouragedOnly ? "鼓励性措施" : undefined,
    treatment.provider ? `${providerLabels[treatment.provider]}提供` : undefined,
    treatment.quota ? formatQuota(treatment.quota) : undefined,
    treatment.deadline ? `${treatment.deadline}前有效` : undefined,
  ].filter(Boolean);
  return `${treatmentKindLabels[treatment.kind]}：${treatment.label}${aside.length ? `（${aside.join("；")}）` : ""}`;
}
