import type { Amount, RecipientKind } from "@jiangce/rule-schema";
import type { Sentence } from "../text/sentences.ts";
import { type BenefitReading, benefitLabel } from "./benefit-reading.ts";
import { readPeriod } from "./period.ts";
import { readRecipient } from "./recipient.ts";
import type { readRelative } from "./relative.ts";

/** A benefit whose amount is defined by another (上浮30%, 按200%标准, 1:1 配套). */
export function relativeReading(
  s: Sentence,
  rel: NonNullable<ReturnType<typeof readRelative>>,
  id: string,
  cap?: number,
): BenefitReading {
  const recipient = readRecipient(s.text, rel.span.start);
  const base = { fact: `${id}-base` };
  const computed: Amount =
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
  const amount: Amount = cap !== undefined ? { ...computed, cap } : computed;
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

/** A grant the text makes without a figure (按规定给予培训补贴). */
export function unspecifiedReading(s: Sentence, id: string): BenefitReading {
  // 聘用单位可按规定支付劳务报酬: pay for work goes to people; the unit named pays it
  const recipient = /报酬|工资|薪酬/.test(s.text)
    ? { kinds: ["person" as const], how: "subject-head" as const }
    : readRecipient(s.text, s.text.length);
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
      ...(/(?:由|所在|用人|聘用)单位(?:可)?(?:按|承担|支付|发放|给予)/.test(s.text)
        ? { payer: "employer" as const }
        : {}),
      quote: s.text,
    },
    facts: [],
    confidence: { score: 0.5, reason: "原文给予资金待遇但未写金额：记为“按规定”，请补充标准" },
  };
}
