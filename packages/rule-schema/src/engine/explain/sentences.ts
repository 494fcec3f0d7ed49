import type {
  BenefitStatus,
  ClauseStatus,
  DerivationRef,
  Entitlement,
  Exclusion,
  ExclusionRule,
  ProgramStatusCode,
} from "../types.ts";
import { formatAmount } from "./format-amount.ts";

/*
 * The sentences the engine writes about a result. explain() joins them into a text; the
 * portal and the back office place them on cards: neither re-types them.
 */

export const exclusionRuleLabels: Record<ExclusionRule, string> = {
  "tier-highest": "同一待遇多个档次就高，不重复享受",
  "exclusive-group": "同组待遇就高、不重复享受",
  "within-matter-highest": "同一事项就高、不重复享受",
  "across-highest-then-newest": "多个政策同一事项按“从新就高”执行",
  "across-newest": "此前政策与新政策不一致的，按新政策执行（从新）",
  "higher-level-overrides": "上级新规定优先（从其规定）",
};

export const programStatusLabels: Record<ProgramStatusCode, string> = {
  "in-force": "有效",
  "not-yet-effective": "尚未生效",
  expired: "已失效",
  "no-effective-date": "生效日期未确定",
  "outside-jurisdiction": "不在适用地区",
};

/** 《program》citation label（tier）: how every sentence names an entitlement. */
export function entitlementHeadline(e: Entitlement): string {
  const tier = e.tier === null ? "" : `（${e.tier.label}）`;
  return `《${e.ref.program.title}》${e.ref.citation} ${e.ref.label}${tier}`;
}

export function windowText(from: string | null, until: string | null): string {
  if (from === null && until === null) return "未注明期限";
  return `${from ?? "（未注明）"} 至 ${until ?? "长期"}`;
}

/** Why a candidate is not paid: the rule, and when amounts could not be compared, why not. */
export function exclusionReason(x: Pick<Exclusion, "rule" | "incomparable">): string {
  const incomparable = x.incomparable ? "（金额未明确无法比较，以最新政策为准）" : "";
  return `${exclusionRuleLabels[x.rule]}${incomparable}`;
}

/** "已按《…》二（三）1. 示例工匠奖励 30万元 享受": what the winner of an exclusion pays. */
export function exclusionWinnerText(winner: Entitlement): string {
  return `已按 ${entitlementHeadline(winner)} ${formatAmount(winner)} 享受`;
}

export function exclusionText(x: Exclusion): string {
  const by = x.by === null ? "" : `，${exclusionWinnerText(x.by)}`;
  return `× ${entitlementHeadline(x.candidate)}：${formatAmount(x.candidate)}，不予重复享受——${exclusionReason(x)}${by}。`;
}

function outsideDates(s: {
  status: "expired" | "not-yet-effective";
  from: string | null;
  until: string | null;
}): string {
  return s.status === "expired" ? `已于 ${s.until} 到期` : `自 ${s.from} 起施行`;
}

/** "《…》二（一）3. 已于 2025-12-31 到期，该条款暂不产生待遇" */
export function clauseStatusText(c: ClauseStatus): string {
  return `《${c.program.title}》${c.clause.citation} ${outsideDates(c)}，该条款暂不产生待遇`;
}

/** "《…》二（一）3. 培训补贴已于 2024-12-31 到期，该待遇暂不发放" */
export function benefitStatusText(b: BenefitStatus): string {
  return `《${b.ref.program.title}》${b.ref.citation} ${b.ref.label}${outsideDates(b)}，该待遇暂不发放`;
}

/**
 * Why a program in the profile's area pays nothing on the date ("已于 2026-12-31 失效，不产生
 * 待遇"), null when it is in force. `date` writes a date (ISO by default).
 */
export function programStatusNote(
  p: { status: ProgramStatusCode; from: string | null; until: string | null },
  date: (iso: string) => string = (iso) => iso,
): string | null {
  const on = (d: string | null) => (d === null ? "—" : date(d));
  switch (p.status) {
    case "expired":
      return `已于 ${on(p.until)} 失效，不产生待遇`;
    case "not-yet-effective":
      return `自 ${on(p.from)} 起施行，目前不产生待遇`;
    case "no-effective-date":
      return "生效日期未确定，暂不产生待遇";
    case "outside-jurisdiction":
      return "不在适用地区，不产生待遇";
    default:
      return null;
  }
}

/** What a derivation that fired established: its note, else "fact = value". */
export function derivationText(d: DerivationRef): string {
  return d.derivation.note ?? `${d.derivation.fact} = ${String(d.derivation.value)}`;
}
