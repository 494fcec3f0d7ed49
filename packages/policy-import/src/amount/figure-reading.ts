import type { Amount, BenefitInput, RecipientKind } from "@jiangce/rule-schema";
import type { Sentence } from "../text/sentences.ts";
import {
  type BenefitReading,
  benefitLabel,
  type FactDeclaration,
  round,
} from "./benefit-reading.ts";
import type { MoneyToken } from "./money-tokens.ts";
import { readRate } from "./per-unit.ts";
import { readPeriod } from "./period.ts";
import type { RecipientReading } from "./recipient.ts";
import { readTierLabels } from "./tier-labels.ts";

const capBefore = /(?:最高|不超过|最多|上限为?|封顶)(?:可)?(?:给予|补助|奖励|资助|补贴)?$/;

/** 最高50万元 / 不超过2万元: the amount is a ceiling */
export function isCap(text: string, t: MoneyToken): boolean {
  return capBefore.test(text.slice(Math.max(0, t.start - 8), t.start));
}
const floorBefore = /(?:不低于|不少于|至少)$/;

/**
 * A benefit from the amounts written in a sentence: one amount, or several as rungs; a
 * 最高/不超过 amount is a cap on the others, or alone a ceiling (upTo); 不低于 is noted.
 */
export function figureReading(
  s: Sentence,
  tokens: MoneyToken[],
  id: string,
  recipient: RecipientReading,
): BenefitReading {
  const text = s.text;
  const first = tokens[0] as MoneyToken;
  const reasons: string[] = [];
  let score = 0.9;
  const caps: MoneyToken[] = [];
  const floors: MoneyToken[] = [];
  const amounts: MoneyToken[] = [];
  for (const t of tokens) {
    const before = text.slice(Math.max(0, t.start - 8), t.start);
    if (capBefore.test(before)) caps.push(t);
    else if (floorBefore.test(before)) floors.push(t);
    else amounts.push(t);
  }
  if (recipient.how === "default") {
    score -= 0.25;
    reasons.push("未找到领取对象，暂按个人");
  } else
    reasons.push(
      recipient.how === "after-give"
        ? "领取对象写在“给予”之后"
        : recipient.how === "apprenticeship"
          ? "学徒制培训补贴发给开展培训的企业"
          : "领取对象为“对…”的主语",
    );
  const primary = recipient.kinds[0] as RecipientKind;
  const facts: FactDeclaration[] = [];

  const amountOf = (t: MoneyToken, upTo: boolean, n: number): Amount => {
    const before = text.slice(Math.max(0, t.start - 16), t.start);
    const cut = Math.max(before.lastIndexOf("，"), before.lastIndexOf("、"));
    const rate = readRate(before.slice(cut + 1), t.perUnit, primary);
    const fen = t.fen as number;
    if (rate.unitLabel) {
      const key = `${id}-count${n > 0 ? n + 1 : ""}`;
      if (!facts.some((f) => f.key === key))
        facts.push({ key, label: `${rate.unitLabel}的数量`, type: "number" });
      return {
        kind: "per-unit",
        fenPerUnit: fen,
        unitLabel: rate.unitLabel,
        count: { fact: key },
        ...(upTo ? { upTo: true } : {}),
      };
    }
    return { kind: "fixed", fen, ...(upTo ? { upTo: true } : {}) };
  };

  const main = amounts.length > 0 ? amounts : caps;
  const upTo = amounts.length === 0;
  if (upTo) reasons.push("“最高/不超过”：金额为上限，按实际核定");
  const cap = amounts.length > 0 ? caps[0]?.fen : undefined;
  if (cap !== undefined) reasons.push("另有“最高”封顶");
  if (floors.length > 0) {
    score -= 0.2;
    reasons.push("含“不低于”下限，已记在备注");
  }
  if (/原则上/.test(text)) reasons.push("“原则上”：执行可有例外，已记在备注");
  const withCap = (a: Amount): Amount => (cap !== undefined ? { ...a, cap } : a);

  const benefit: BenefitInput = {
    id,
    matter: id,
    label: benefitLabel(text, first.start),
    recipient: recipient.kinds.length === 1 ? primary : recipient.kinds,
    payer: /(?:由|所在|用人|聘用)单位(?:按|承担|支付|发放|给予)|由企业(?:承担|支付|发放)/.test(text)
      ? "employer"
      : "government",
    period: "once",
    quote: text,
  };
  const period = readPeriod(text, text.slice(Math.max(0, first.start - 12), first.end + 8));
  benefit.period = period.period;
  if (period.evidence) reasons.push(`周期：${period.evidence}`);

  if (main.length === 1) {
    benefit.amount = withCap(amountOf(main[0] as MoneyToken, upTo, 0));
  } else {
    const labels = readTierLabels(text, main);
    if (!labels) {
      score -= 0.15;
      reasons.push("多个金额，未读出各档名称");
    } else reasons.push(`分档：${labels.join("、")}`);
    if (!/分别/.test(text) && !labels) score -= 0.15;
    benefit.tiers = main.map((t, i) => ({
      id: `${id}-t${i + 1}`,
      label: labels?.[i] ?? `第${i + 1}档`,
      amount: withCap(amountOf(t, upTo, i)),
    }));
  }
  const notes = [
    floors.length > 0 ? `不低于${floors.map((f) => text.slice(f.start, f.end)).join("、")}` : "",
    /原则上/.test(text) ? "原则上" : "",
  ].filter(Boolean);
  if (notes.length > 0) benefit.note = notes.join("；");
  return {
    span: { start: s.start, end: s.end },
    benefit,
    facts,
    confidence: { score: round(score), reason: reasons.join("；") },
  };
}
