import type { TreatmentInput } from "@jiangce/rule-schema";
import { findRecipientNouns } from "../amount/recipient.ts";
import { readMarker } from "../structure/numbering.ts";

type TreatmentKind = TreatmentInput["kind"];

export interface TreatmentReading {
  value: Omit<TreatmentInput, "id">;
  score: number;
  reason: string;
}

/** The words that make a sentence a non-monetary entitlement, by kind (first match wins). */
const kinds: [RegExp, TreatmentKind, string][] = [
  [/直接(?:认定|评定|认定为|确定为)|视同/, "direct-recognition", "直接认定"],
  [/申报[^。；]{0,12}职称|职称评审|评聘[^。；]{0,6}职称|破格/, "professional-title", "职称评审"],
  [/比照[^。；]{0,20}(?:待遇|对待)|同等待遇|相同对待|同等对待/, "equivalent-treatment", "比照待遇"],
  [/落户/, "hukou", "落户"],
  [/购房|住房|人才公寓|租房/, "housing", "住房"],
  [/子女[^。；]{0,16}(?:入学|教育|就读)/, "education", "子女教育"],
  [/体检|医疗|保健|就医/, "medical", "医疗保健"],
  [/疗休养|休养/, "recuperation", "疗休养"],
  [/优先推荐|推荐[^。；]{0,10}(?:申报|参评|评选|担任)/, "recommendation", "推荐"],
  [/荣誉称号|颁发证书|授予[^。；]{0,12}称号|表彰/, "honour", "荣誉"],
  [/优先|倾斜/, "priority", "优先/倾斜"],
  [/研修|访学|免费(?:参加)?培训|选派[^。；]{0,24}(?:学习|培训|研修|交流)/, "training", "研修培训"],
  [/绿色通道|一站式|服务保障/, "service", "服务保障"],
];

/** A grant of something other than money needs a verb of granting or entitlement. */
const granting = /享受|给予|纳入|予以|颁发|授予|可|优先|倾斜|推荐|比照|认定|评定|申报|落户|安排/;
const notEntitlement =
  /^(?:坚持|加强|完善|推进|推动|深化|建立|健全|加快|积极|充分|大力|营造|弘扬|开展|实施|组织)/;

/**
 * Reads a non-monetary treatment from a sentence without money. Policy prose is full of
 * aims (加强…, 完善…); only sentences that grant something to someone become proposals.
 */
export function readTreatment(sentence: string): TreatmentReading | undefined {
  // money sentences were read as benefits before this is called; 按市场价的70%购买 is housing
  if (/\d\s*[万亿千]?元/.test(sentence) || !granting.test(sentence)) return undefined;
  const hit = kinds.find(([re]) => re.test(sentence));
  if (!hit) return undefined;
  const [, kind, words] = hit;
  const nouns = findRecipientNouns(sentence);
  // 向制造类专业倾斜 / 加快平台建设: a preference for no one in particular is not a treatment
  if ((kind === "priority" || kind === "service") && !nouns.some((n) => n.kind === "person"))
    return undefined;
  const recipients = [...new Set(nouns.map((n) => n.kind))];
  const encouraged = /^(?:鼓励|支持|引导|倡导)/.test(sentence);
  let score = 0.6;
  const reasons = [`读到“${words}”类待遇`];
  if (notEntitlement.test(sentence)) {
    score -= 0.25;
    reasons.push("句子像工作要求而非待遇，请确认");
  }
  if (encouraged) reasons.push("原文为“鼓励/支持”，不是确定的待遇");
  if (nouns.length === 0) {
    score -= 0.15;
    reasons.push("未找到享受对象，暂按个人");
  }
  const provider = /^(?:鼓励|支持|引导)?(?:企业|用人单位)/.test(sentence)
    ? { provider: "employer" as const }
    : {};
  return {
    value: {
      kind,
      label: shortLabel(sentence),
      recipient: recipients.includes("person") || recipients.length === 0 ? "person" : recipients,
      encouragedOnly: encouraged,
      quote: sentence,
      ...provider,
    },
    score: Math.round(score * 100) / 100,
    reason: reasons.join("；"),
  };
}

/** the sentence without its clause number, shortened for a list */
function shortLabel(sentence: string): string {
  const marker = readMarker(sentence);
  const text = marker ? sentence.slice(marker.length) : sentence;
  return text.length > 40 ? `${text.slice(0, 38)}…` : text;
}
