import type { RecipientKind } from "@jiangce/rule-schema";
import { type Sentence, splitParts } from "../text/sentences.ts";
import type { UnreadSpan } from "../types.ts";
import type { BenefitReading, SentenceBenefits } from "./benefit-reading.ts";
import { figureReading, isCap } from "./figure-reading.ts";
import { findMoney, type MoneyToken } from "./money-tokens.ts";
import { readPeriod } from "./period.ts";
import { readRecipient } from "./recipient.ts";
import { readRelative } from "./relative.ts";
import { relativeReading, unspecifiedReading } from "./relative-reading.ts";

export type { BenefitReading, FactDeclaration, SentenceBenefits } from "./benefit-reading.ts";

/** a grant without a figure: 给予一次性安家补贴, 按规定给予培训补贴, 享受培训补贴 */
const grantWithoutFigure =
  /(?:给予|享受|发放)[^，。；]{0,12}?(?:奖励|补贴|补助|资助|津贴|奖补|物质奖励)(?!制度|机制|政策|标准|资金)|按(?:照)?(?:有关|相关)?规定(?:给予|享受|支付|获得|发放)[^，。；]{0,16}?(?:报酬|补贴|补助|奖励|津贴|资助)|落实[^，。；]{0,16}?(?:补贴|补助|津贴)(?:制度|政策)?(?:[。；]|$)/;

const moneyish = /元|块钱|[%％:：∶]|配套|补贴|补助|奖励|资助|津贴|奖补|报酬/;

/** Reads the money benefits of one sentence; `newId` names each benefit. */
export function readBenefits(sentence: Sentence, newId: () => string): SentenceBenefits {
  // most sentences of a policy name no money at all: one cheap test before the real reading
  if (!moneyish.test(sentence.text)) return { readings: [], unread: [] };
  const text = sentence.text;
  const unread: UnreadSpan[] = [];
  const readings: BenefitReading[] = [];

  // 1:1 配套 is its own benefit in its own part of the sentence (所在单位按…1∶1比例给予配套奖励)
  let rest = sentence;
  for (const part of splitParts(sentence)) {
    const rel = part.text.includes("配套") ? readRelative(part.text) : undefined;
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
  let granted = false; // the current group already grants (each part is looked at once)
  for (const part of splitParts(s)) {
    const current = groups.at(-1);
    const grants = /\d|[一二两三四五六七八九十百千万]元/.test(part.text)
      ? findMoney(part.text).length > 0 || grantWithoutFigure.test(part.text)
      : grantWithoutFigure.test(part.text);
    if (current && !(granted && /^(?:对|并|另|同时|此外)/.test(part.text))) {
      groups[groups.length - 1] = {
        start: current.start,
        end: part.end,
        text: s.text.slice(current.start - s.start, part.end - s.start),
      };
      granted ||= grants;
    } else {
      groups.push(part);
      granted = grants;
    }
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
  const rel =
    /[%％:：∶比]/.test(g.text) && usable.every((t) => isCap(g.text, t))
      ? readRelative(g.text)
      : undefined;
  if (rel && rel.kind !== "matching") {
    // 按其年薪的20%给予奖励，每家企业每年最高不超过50万元: a share with a ceiling
    readings.push(relativeReading(g, rel, newId(), usable[0]?.fen));
    return;
  }
  if (usable.length === 0) {
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

/** 鼓励企业对其给予奖励 / 推荐…享受政府特殊津贴 / 按最高奖项给予（就高）: no new money */
const encouragedOnly =
  /(?:鼓励|引导|倡导)[^，。；]{0,12}(?:给予|发放)|推荐[^，。；]{0,16}享受|按最高[^，。；]{0,6}给予|就高|不重复/;
