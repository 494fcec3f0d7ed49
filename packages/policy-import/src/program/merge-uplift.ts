import type { Draft } from "./read-sentences.ts";

type BenefitDraft = Extract<Draft, { kind: "benefit" }>;

const subsidyWord = /([\u4e00-\u9fa5]{2,4}(?:补贴|补助|奖励|资助))/;

/**
 * 按规定给予培训补贴。…对纳入重点产业目录的工种，培训补贴标准提高30%。 The second sentence
 * raises the standard of the first: one benefit with two rungs, the standard (100%) and the
 * raised one, on one base. Joined when an uplift names the subsidy of an earlier grant
 * without a figure in the same clause.
 */
export function mergeStandardAndUplift(drafts: Draft[], text: string): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== "benefit" || d.value.amount?.kind !== "uplift") {
      out.push(d);
      continue;
    }
    const raised = d.value.amount;
    const sentence = text.slice(d.span.start, d.span.end);
    const word = subsidyWord.exec(
      sentence.slice(0, sentence.search(/(?:提高|上浮|增加|提升)\d/)),
    )?.[1];
    const standardAt = word
      ? out.findLastIndex(
          (o) =>
            o.kind === "benefit" &&
            o.clauseId === d.clauseId &&
            o.value.amount?.kind === "unspecified" &&
            text.slice(o.span.start, o.span.end).includes(word.slice(-4)),
        )
      : -1;
    const standard = out[standardAt] as BenefitDraft | undefined;
    if (!standard) {
      out.push(d);
      continue;
    }
    const base = raised.of;
    out[standardAt] = {
      ...standard,
      span: { start: standard.span.start, end: d.span.end },
      value: {
        ...standard.value,
        amount: undefined,
        quote: text.slice(standard.span.start, d.span.end),
        tiers: [
          {
            id: `${standard.value.id}-t1`,
            label: "按规定标准",
            amount: { kind: "percent-of", percent: 100, of: base },
          },
          { id: `${standard.value.id}-t2`, label: `上浮${raised.percent}%`, amount: raised },
        ],
      },
      facts: d.facts ?? [],
      confidence: {
        score: Math.min(standard.confidence.score, d.confidence.score),
        reason: `“${word}”的标准与其上浮合为两档（按规定标准、上浮${raised.percent}%），基数待填`,
      },
    };
  }
  return out.map((d) =>
    d.kind === "benefit" && d.value.amount === undefined
      ? { ...d, value: withoutAmount(d.value) }
      : d,
  );
}

function withoutAmount<T extends { amount?: unknown }>(value: T): T {
  const { amount: _amount, ...rest } = value;
  return rest as T;
}
