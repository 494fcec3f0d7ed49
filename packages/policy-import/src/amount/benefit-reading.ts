import type { BenefitInput, ProgramInput } from "@jiangce/rule-schema";
import type { Confidence, Span } from "../types.ts";

export type FactDeclaration = NonNullable<ProgramInput["facts"]>[number];

export interface BenefitReading {
  span: Span;
  benefit: BenefitInput;
  /** facts the amount refers to (a count, a base), declared with the benefit */
  facts: FactDeclaration[];
  confidence: Confidence;
}

import type { UnreadSpan } from "../types.ts";

export interface SentenceBenefits {
  readings: BenefitReading[];
  unread: UnreadSpan[];
}

const moneyWord =
  /(经费支持|经费补助|经费资助|开办经费|一次性奖励|配套奖励|配套奖补|奖补|奖励|补助|补贴|资助|津贴|经费)/;

/** 经费支持 / 一次性奖励 …, prefixed by the subject when short: 市级技能大师工作室开办经费 */
export function benefitLabel(text: string, from: number): string {
  const word = moneyWord.exec(text.slice(from))?.[1] ?? moneyWord.exec(text)?.[1] ?? "资金待遇";
  // 对…的 is the subject; 对口, 对于, 对接, 对照, 对标, 对外 are other words
  const subject = /对(?![口于接照标外])([^，,。]{2,18}?)的/.exec(text)?.[1];
  return subject ? `${subject.replace(/^(?:被|在|新)/, "")}${word}` : word;
}

export function round(x: number): number {
  return Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));
}
