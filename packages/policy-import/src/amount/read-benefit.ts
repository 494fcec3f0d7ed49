import type { Amount, BenefitInput, ProgramInput, RecipientKind } from "@jiangce/rule-schema";
import { type Sentence, splitParts } from "../text/sentences.ts";
import type { Confidence, Span, UnreadSpan } from "../types.ts";
import { findMoney, type MoneyToken } from "./money-tokens.ts";
import { readRate } from "./per-unit.ts";
import { readPeriod } from "./period.ts";
import { type RecipientReading, readRecipient } from "./recipient.ts";
import { readRelative } from "./relative.ts";
import { readTierLabels } from "./tier-labels.ts";

export type FactDeclaration = NonNullable<ProgramInput["facts"]>[number];

export interface BenefitReading {
  span: Span;
  benefit: BenefitInput;
  /** facts the amount refers to (a count, a base), declared with the benefit */
  facts: FactDeclaration[];
  confidence: Confidence;
}

export interface SentenceBenefits {
  readings: BenefitReading[];
  unread: UnreadSpan[];
}

const moneyWord =
  /(经费支持|经费补助|经费资助|开办经费|一次性奖励|配套奖励|配套奖补|奖补|奖励|补助|补贴|资助|津贴|经费)/;
const capBefore = /(?:最高|不超过|最多|上限为?|封顶)(?:可)?(?:给予|补助|奖励|资助|补贴)?$/;
const floorBefore = /(?:不低于|不少于|至少)$/;
/** a grant without a figure: 给予一次性安家补贴, 按规定给予培训补贴, 享受培训补贴 */
const grantWithoutFigure =
  /(?:给予|享受|发放)[^，。；]{0,12}?(?:奖励|补贴|补助|资助|津贴|奖补|物质奖励)(?!制度|机制|政策|标准|资金)/;

/** Reads the money benefits of one sentence; `newId` names each benefit. */
export function readBenefits(sentence: Sentence, newId: () => string): SentenceBenefits {
  const text = sentence.text;
  const unread: UnreadSpan[] = [];
  const readings: BenefitReading[] = [];

  // 1:1 配套 is its own benefit in its own part of the sentence (所在单位按…1∶1比例给予配套奖励)
  let rest = sentence;
  for (const part of splitParts(sentence)) {
    const rel = readRelative(part.text);
    if (rel?.kind !== "matching") continue;
    const id = newId();
    const payer = /^(?:并|同时)?(?:由)?(?:所在单位|用人单位|企业|聘用单位)/.test(part.text)
      ? "employer"
      : "government";
    const recipient = readRecipient(text, part.start - sentence.start + rel.span.start);
    readings.push({
      span: { start: part.start, end: part.end },
      benefit: {
        id,
        matter: id,
        label: `${rel.basis.includes("奖") ? "配套奖励" : "配套资金"}（${rel.ratio === 1 ? "1:1" : `1:${rel.ratio}`}）`,
        recipient:
          recipient.kinds.length === 1 ? (recipient.kinds[0] as RecipientKind) : recipient.kinds,
        payer,
        period: readPeriod(text, part.text).period,
        amount: { kind: "matching", ratio: rel.ratio, of: { fact: `${id}-base` } },
        quote: part.text.trim(),
      },
      facts: [{ key: `${id}-base`, label: "配套所依据的奖励额度（元）", type: "money" }],
      confidence: {
        score: 0.8,
        reason: `读到“${rel.basis}”：按比例配套；配套基数未写明金额，已声明为待填事实`,
      },
    });
    if (part.start === sentence.start) return { readings, unread };
    rest = {
      start: sentence.start,
      end: part.start,
      text: text.slice(0, part.start - sentence.start),
    };
  }

  for (const group of grantGroups(rest)) readGroup(group, newId, readings, unread);
  return { readings, unread };
}

/**
 * One sentence can grant twice: …给予院校培养补助，对每个订单班一次性给予企业最高3万元…
 * A part starting with 对/并/另/同时 after a part that already granted starts a new grant.
 */
function grantGroups(s: Sentence): Sentence[] {
  const groups: Sentence[] = [];
  for (const part of splitParts(s)) {
    const current = groups.at(-1);
    const granted =
      current && (findMoney(current.text).length > 0 || grantWithoutFigure.test(current.text));
    if (current && !(granted && /^(?:对|并|另|同时|此外)/.test(part.text)))
      groups[groups.length - 1] = {
        start: current.start,
        end: part.end,
        text: s.text.slice(current.start - s.start, part.end - s.start),
      };
    else groups.push(part);
  }
  return groups;
}

function readGroup(
  g: Sentence,
  newId: () => string,
  readings: BenefitReading[],
  unread: UnreadSpan[],
): void {
  const tokens = findMoney(g.text);
  for (const t of tokens) {
    const span = { start: g.start + t.start, end: g.start + t.end };
    if (t.rangeStart || t.rangeEnd) unread.push({ ...span, reason: "金额为区间，请人工确定标准" });
    else if (t.fen === undefined)
      unread.push({ ...span, reason: "金额过大或不是整分，无法精确读取" });
  }
  const usable = tokens.filter((t) => t.fen !== undefined && !t.rangeStart && !t.rangeEnd);
  if (usable.length === 0) {
    const rel = readRelative(g.text);
    if (rel) readings.push(relativeReading(g, rel, newId()));
    else if (tokens.length === 0 && grantWithoutFigure.test(g.text) && !encouragedOnly.test(g.text))
      readings.push(unspecifiedReading(g, newId()));
    return;
  }
  const recipient = readRecipient(g.text, (usable[0] as MoneyToken).start);
  // 给予培养单位或者职工个人 at 5000元/人: the unit is paid per person, the person in full
  const perPerson = usable.every((t) => t.perUnit === "人");
  const organisations = recipient.kinds.filter((k) => k !== "person");
  if (
    perPerson &&
    recipient.how === "after-give" &&
    organisations.length > 0 &&
    recipient.kinds.includes("person")
  ) {
    readings.push(figureReading(g, usable, newId(), { ...recipient, kinds: organisations }));
    readings.push(figureReading(g, usable, newId(), { ...recipient, kinds: ["person"] }));
  } else readings.push(figureReading(g, usable, newId(), recipient));
}

/** 鼓励企业对其给予奖励 / 推荐…享受政府特殊津贴: not this program's money */
const encouragedOnly = /(?:鼓励|引导|倡导)[^，。；]{0,12}(?:给予|发放)|推荐[^，。；]{0,16}享受/;

function figureReading(
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

function relativeReading(
  s: Sentence,
  rel: NonNullable<ReturnType<typeof readRelative>>,
  id: string,
): BenefitReading {
  const recipient = readRecipient(s.text, rel.span.start);
  const base = { fact: `${id}-base` };
  const amount: Amount =
    rel.kind === "uplift"
      ? { kind: "uplift", percent: rel.percent, of: base }
      : rel.kind === "percent-of"
        ? {
            kind: "percent-of",
            percent: rel.percent,
            of: base,
            ...(rel.upTo ? { upTo: true } : {}),
          }
        : { kind: "matching", ratio: rel.ratio, of: base };
  return {
    span: { start: s.start, end: s.end },
    benefit: {
      id,
      matter: id,
      label: benefitLabel(s.text, rel.span.start),
      recipient:
        recipient.kinds.length === 1 ? (recipient.kinds[0] as RecipientKind) : recipient.kinds,
      period: readPeriod(s.text, s.text.slice(Math.max(0, rel.span.start - 12), rel.span.end + 8))
        .period,
      amount,
      quote: s.text,
    },
    facts: [{ key: `${id}-base`, label: "原补助/奖励标准（元）", type: "money" }],
    confidence: {
      score: recipient.how === "default" ? 0.55 : 0.75,
      reason: `读到“${rel.basis}”：金额按另一标准计算，基数已声明为待填事实${recipient.how === "default" ? "；未找到领取对象，暂按个人" : ""}`,
    },
  };
}

function unspecifiedReading(s: Sentence, id: string): BenefitReading {
  const recipient = readRecipient(s.text, s.text.length);
  return {
    span: { start: s.start, end: s.end },
    benefit: {
      id,
      matter: id,
      label: benefitLabel(s.text, 0),
      recipient:
        recipient.kinds.length === 1 ? (recipient.kinds[0] as RecipientKind) : recipient.kinds,
      period: readPeriod(s.text, s.text).period,
      amount: { kind: "unspecified", note: "原文未写金额（按规定）" },
      quote: s.text,
    },
    facts: [],
    confidence: { score: 0.5, reason: "原文给予资金待遇但未写金额：记为“按规定”，请补充标准" },
  };
}

/** 经费支持 / 一次性奖励 …, prefixed by the subject when short: 市级技能大师工作室开办经费 */
function benefitLabel(text: string, from: number): string {
  const word = moneyWord.exec(text.slice(from))?.[1] ?? moneyWord.exec(text)?.[1] ?? "资金待遇";
  const subject = /对([^，,。]{2,18}?)的/.exec(text)?.[1];
  return subject ? `${subject.replace(/^(?:被|在|新)/, "")}${word}` : word;
}

function round(x: number): number {
  return Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));
}
