import { nearMisses } from "../../assess/near-misses.ts";
import { payerLabels, periodLabels } from "../../schema/benefit.ts";
import { type RecipientKind, recipientKindLabels } from "../../schema/primitives.ts";
import { providerLabels } from "../../schema/treatment.ts";
import { formatFen, paidTotal, paidTotalsByPayer } from "../money.ts";
import type { Entitlement, EvaluationResult } from "../types.ts";
import { conditionsMet } from "./describe.ts";
import { formatAmount } from "./format-amount.ts";
import { formatCondition } from "./format-condition.ts";
import {
  benefitStatusText,
  clauseStatusText,
  derivationText,
  entitlementHeadline,
  exclusionText,
  programStatusLabels,
  windowText,
} from "./sentences.ts";

/** One entitlement in readable Chinese, with the conditions met and the values used. */
export function explainEntitlement(result: EvaluationResult, e: Entitlement): string {
  const kind = recipientKindLabels[result.context.kind as RecipientKind] ?? result.context.kind;
  const lines = [
    `✓ ${entitlementHeadline(e)}：${formatAmount(e)}，${periodLabels[e.ref.period]}，由${payerLabels[e.ref.payer]}支付给${kind}；适用期限 ${windowText(e.ref.validFrom, e.ref.validUntil)}。`,
  ];
  const met = conditionsMet(result.compiled, e, result.context);
  const reasons = met.map((t) => formatCondition(result.compiled, t)).filter((x) => x !== "");
  if (reasons.length > 0) lines.push(`  依据：${reasons.join("；并且")}。`);
  else lines.push("  依据：符合对象类型即可享受。");
  if (e.ref.benefit.quote !== undefined) lines.push(`  原文：“${e.ref.benefit.quote}”`);
  return lines.join("\n");
}

/** "（其中政府财政1万元，所在单位5000元）" when more than one payer pays. */
function payerSplit(result: EvaluationResult): string {
  const byPayer = paidTotalsByPayer(result.entitlements);
  const parts = (Object.keys(byPayer) as (keyof typeof byPayer)[])
    .filter((p) => byPayer[p].totalFen > 0 || byPayer[p].hasUnspecified)
    .map(
      (p) =>
        `${payerLabels[p]}${byPayer[p].hasUnspecified && byPayer[p].totalFen === 0 ? "按规定" : formatFen(byPayer[p].totalFen)}`,
    );
  return parts.length > 1 ? `（其中${parts.join("，")}）` : "";
}

/**
 * The whole result in readable Chinese (built on demand, never on the evaluation path),
 * with the nearest benefits not received and why (`nearMisses`: how many, default 3; 0: none).
 */
export function explain(result: EvaluationResult, options: { nearMisses?: number } = {}): string {
  const lines: string[] = [`申请人 ${result.profileId}，计算日期 ${result.asOf}：`];
  if (result.entitlements.length === 0) lines.push("没有可享受的资金待遇。");
  for (const e of result.entitlements) lines.push(explainEntitlement(result, e));
  const { totalFen, hasUnspecified } = paidTotal(result.entitlements);
  if (result.entitlements.length > 0)
    lines.push(
      `合计：${formatFen(totalFen)}${hasUnspecified ? "，另有按规定金额待核定" : ""}${payerSplit(result)}。`,
    );
  for (const x of result.excluded) lines.push(exclusionText(x));
  for (const m of nearMisses(result, { limit: options.nearMisses ?? 3 }))
    lines.push(
      `✗ 《${m.programTitle}》${m.citation} ${m.label}${m.tierLabel ? `（${m.tierLabel}）` : ""}未享受：${m.failing.map((f) => f.text).join("；")}。`,
    );
  for (const d of result.derived)
    lines.push(`认定：依据《${d.program.title}》，${derivationText(d)}。`);
  for (const t of result.treatments)
    lines.push(
      `◇ 《${t.program.title}》${t.clause.citation} ${t.treatment.label}${t.treatment.provider ? `（由${providerLabels[t.treatment.provider]}提供）` : ""}${t.treatment.encouragedOnly ? "（鼓励性措施）" : ""}`,
    );
  for (const p of result.programs) {
    if (p.status === "in-force" || p.status === "outside-jurisdiction") continue;
    const until =
      p.status === "expired"
        ? `，有效期至 ${p.program.until}`
        : p.status === "not-yet-effective"
          ? `，自 ${p.program.from} 起施行`
          : "";
    lines.push(`- 《${p.program.title}》${programStatusLabels[p.status]}${until}，不产生待遇。`);
  }
  for (const c of result.clauses) lines.push(`- ${clauseStatusText(c)}。`);
  for (const b of result.benefits) lines.push(`- ${benefitStatusText(b)}。`);
  return lines.join("\n");
}
