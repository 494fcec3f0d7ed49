import type { Amount, AmountBase } from "../schema/amount.ts";
import { payerLabels, periodLabels } from "../schema/benefit.ts";
import { type RecipientKind, recipientKindLabels } from "../schema/primitives.ts";
import { providerLabels } from "../schema/treatment.ts";
import type { CompiledProgramSet } from "./compile.ts";
import { conditionsMet } from "./describe.ts";
import { formatFen, paidTotal } from "./money.ts";
import type { ConditionTrace } from "./trace-condition.ts";
import type {
  BaseUse,
  Entitlement,
  EvaluationResult,
  Exclusion,
  ExclusionRule,
  ProgramStatusCode,
} from "./types.ts";

/** How a comparison reads in Chinese: 技能等级「达到」技师. */
export const conditionOpLabels: Record<string, string> = {
  eq: "为",
  ne: "不为",
  gt: "高于",
  gte: "达到",
  lt: "低于",
  lte: "不高于",
  in: "属于",
  nin: "不属于",
  contains: "包含",
  containsAny: "包含其一",
  containsAll: "全部包含",
  exists: "已填写",
  between: "介于",
  within: "位于",
  some: "有记录满足",
  none: "没有记录满足",
};

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

type Labels = Pick<CompiledProgramSet, "scope">;

function valueLabel(set: Labels, fact: string, value: unknown, field?: string): string {
  const f = set.scope.get(fact);
  const options = field === undefined ? f?.valueLabels : f?.fields.get(field)?.values;
  // every resolved fact has a (possibly empty) label map: money must be recognised first
  const money = (field === undefined ? f?.type : f?.fields.get(field)?.type) === "money";
  const one = (v: unknown) => {
    if (typeof v === "boolean") return v ? "是" : "否";
    if (typeof v === "number" && money) return formatFen(v);
    if (options instanceof Map) return options.get(String(v)) ?? String(v);
    if (Array.isArray(options))
      return options.find((o) => o.value === String(v))?.label ?? String(v);
    return String(v);
  };
  if (Array.isArray(value)) return value.map(one).join("、");
  if (value === undefined || value === null) return "（未填写）";
  return one(value);
}

function factLabel(set: Labels, fact: string): string {
  return set.scope.get(fact)?.label ?? fact;
}

function formatRecord(set: Labels, fact: string, record: Record<string, unknown>): string {
  const fields = set.scope.get(fact)?.fields;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    const field = fields?.get(key);
    if (value === undefined || value === null || value === "") continue;
    const label = field?.values?.find((o) => o.value === String(value))?.label;
    if (label !== undefined) parts.push(label);
    else if (key === "year") parts.push(`${String(value)}年`);
    else if (key === "rank") parts.push(`第${String(value)}名`);
    else if (field?.type === "money" && typeof value === "number") parts.push(formatFen(value));
    else if (typeof value === "boolean")
      parts.push(value ? (field?.label ?? key) : `非${field?.label ?? key}`);
    else parts.push(String(value));
  }
  return parts.join(" ");
}

/** "称号 包含 武汉工匠（您的值：武汉工匠、…，由规则认定）" */
export function formatCondition(set: Labels, t: ConditionTrace, recordsOf?: string): string {
  switch (t.kind) {
    case "all":
      return t.children
        .map((c) => formatCondition(set, c, recordsOf))
        .filter((x) => x !== "")
        .join("；并且");
    case "any":
      return `以下之一：${t.children
        .filter((c) => c.met)
        .map((c) => formatCondition(set, c, recordsOf))
        .join("；或")}`;
    case "not":
      return `并非（${formatCondition(set, t.child, recordsOf)}）`;
    case "records": {
      const records = t.matched.map((r) => formatRecord(set, t.fact, r as Record<string, unknown>));
      return t.op === "some"
        ? `${factLabel(set, t.fact)}符合条件：${records.join("；")}`
        : `${factLabel(set, t.fact)}中没有符合条件的记录`;
    }
    default: {
      const label =
        recordsOf === undefined
          ? factLabel(set, t.fact)
          : (set.scope.get(recordsOf)?.fields.get(t.fact)?.label ?? t.fact);
      const expected =
        t.op === "exists"
          ? ""
          : ` ${valueLabel(set, recordsOf ?? t.fact, t.expected, recordsOf ? t.fact : undefined)}`;
      const actual = valueLabel(set, recordsOf ?? t.fact, t.actual, recordsOf ? t.fact : undefined);
      return `${label}${conditionOpLabels[t.op]}${expected}（实际：${actual}${t.derived ? "，由认定规则得出" : ""}）`;
    }
  }
}

function baseText(e: Entitlement, of: AmountBase): string {
  const base = e.base;
  const fen = typeof base?.fen === "number" ? formatFen(base.fen) : "";
  if ("fen" in of) return `标准${formatFen(of.fen)}`;
  if ("fact" in of) return `申请人提供的金额${fen}`;
  if ("records" in of)
    return `${base?.kind === "records" ? `${base.count}项` : ""}符合条件记录的金额合计${fen}`;
  const labels = base?.kind === "matter" ? base.from.map((f) => f.ref.label).join("、") : of.matter;
  return `已获${labels}${fen}`;
}

function capBaseText(of: AmountBase, base: BaseUse | null): string {
  const fen = typeof base?.fen === "number" ? formatFen(base.fen) : "";
  if ("fen" in of) return `标准${formatFen(of.fen)}`;
  if ("fact" in of) return `申请人提供的金额${fen}`;
  if ("records" in of) return `符合条件记录的金额合计${fen}`;
  return `${of.matter}${fen}`;
}

/** "30万元", "按规定", "5000元/人 × 3人 = 1.5万元", "不超过2万元" */
export function formatAmount(e: Entitlement): string {
  const spec: Amount = e.tier?.amount ?? e.ref.benefit.amount!;
  if (e.amount === "unspecified") {
    const cap = spec.cap !== undefined ? `，不超过${formatFen(spec.cap)}` : "";
    return `金额按规定（原文未定）${cap}`;
  }
  const figure = formatFen(e.amount);
  let how = "";
  if (spec.kind === "per-unit" && e.count !== null)
    how = `（${formatFen(spec.fenPerUnit)}/${spec.unitLabel} × ${e.count}${spec.unitLabel}）`;
  else if (spec.kind === "matching") how = `（按${baseText(e, spec.of)}的1:${spec.ratio}配套）`;
  else if (spec.kind === "uplift") how = `（在${baseText(e, spec.of)}基础上上浮${spec.percent}%）`;
  else if (spec.kind === "percent-of") how = `（按${baseText(e, spec.of)}的${spec.percent}%）`;
  let capped = "";
  if (e.capped && e.capFen !== null) {
    const relative =
      spec.capOf !== undefined && e.capBase !== null && e.capFen !== spec.cap
        ? `（${capBaseText(spec.capOf.of, e.capBase)}的${spec.capOf.percent}%）`
        : "";
    capped = `，已按上限${formatFen(e.capFen)}${relative}封顶`;
  } else if (spec.capOf !== undefined && e.capBase === null)
    capped = `，不得超过${capBaseText(spec.capOf.of, null)}的${spec.capOf.percent}%（基数未提供，以核定为准）`;
  return `${e.upTo ? "最高" : ""}${figure}${how}${capped}`;
}

function headline(e: Entitlement): string {
  const tier = e.tier === null ? "" : `（${e.tier.label}）`;
  return `《${e.ref.program.title}》${e.ref.citation} ${e.ref.label}${tier}`;
}

function windowText(from: string | null, until: string | null): string {
  if (from === null && until === null) return "未注明期限";
  return `${from ?? "（未注明）"} 至 ${until ?? "长期"}`;
}

function exclusionText(x: Exclusion): string {
  const by = x.by === null ? "" : `，已按 ${headline(x.by)} ${formatAmount(x.by)} 享受`;
  const incomparable = x.incomparable ? "（金额未明确无法比较，以最新政策为准）" : "";
  return `× ${headline(x.candidate)}：${formatAmount(x.candidate)}，不予重复享受——${exclusionRuleLabels[x.rule]}${incomparable}${by}。`;
}

/** One entitlement in readable Chinese, with the conditions met and the values used. */
export function explainEntitlement(result: EvaluationResult, e: Entitlement): string {
  const kind = recipientKindLabels[result.context.kind as RecipientKind] ?? result.context.kind;
  const lines = [
    `✓ ${headline(e)}：${formatAmount(e)}，${periodLabels[e.ref.period]}，由${payerLabels[e.ref.payer]}支付给${kind}；适用期限 ${windowText(e.ref.validFrom, e.ref.validUntil)}。`,
  ];
  const met = conditionsMet(result.compiled, e, result.context);
  const reasons = met.map((t) => formatCondition(result.compiled, t)).filter((x) => x !== "");
  if (reasons.length > 0) lines.push(`  依据：${reasons.join("；并且")}。`);
  else lines.push("  依据：符合对象类型即可享受。");
  if (e.ref.benefit.quote !== undefined) lines.push(`  原文：“${e.ref.benefit.quote}”`);
  return lines.join("\n");
}

/** The whole result in readable Chinese (built on demand, never on the evaluation path). */
export function explain(result: EvaluationResult): string {
  const lines: string[] = [`申请人 ${result.profileId}，计算日期 ${result.asOf}：`];
  if (result.entitlements.length === 0) lines.push("没有可享受的资金待遇。");
  for (const e of result.entitlements) lines.push(explainEntitlement(result, e));
  const { totalFen, hasUnspecified } = paidTotal(result.entitlements);
  if (result.entitlements.length > 0)
    lines.push(`合计：${formatFen(totalFen)}${hasUnspecified ? "，另有按规定金额待核定" : ""}。`);
  for (const x of result.excluded) lines.push(exclusionText(x));
  for (const d of result.derived)
    lines.push(
      `认定：依据《${d.program.title}》，${d.derivation.note ?? `${d.derivation.fact} = ${String(d.derivation.value)}`}。`,
    );
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
  for (const c of result.clauses)
    lines.push(
      `- 《${c.program.title}》${c.clause.citation} ${c.status === "expired" ? `已于 ${c.until} 到期` : `自 ${c.from} 起施行`}，该条款暂不产生待遇。`,
    );
  for (const b of result.benefits)
    lines.push(
      `- 《${b.ref.program.title}》${b.ref.citation} ${b.ref.label}${b.status === "expired" ? `已于 ${b.until} 到期` : `自 ${b.from} 起施行`}，该待遇暂不发放。`,
    );
  return lines.join("\n");
}

/** Alias of `explain`: the readable Chinese explanation of a result. */
export const formatExplanation = explain;
