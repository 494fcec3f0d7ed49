import { readBenefits } from "../amount/read-benefit.ts";
import { readPrecedence } from "../precedence/precedence.ts";
import { readTargets } from "../targets/targets.ts";
import type { Sentence } from "../text/sentences.ts";
import { readQuota } from "../treatment/quota.ts";
import { readTreatment } from "../treatment/treatment.ts";
import type { Proposal, ProposalValue, Span, UnreadSpan } from "../types.ts";
import { readDeadline, readValidity } from "../validity/validity.ts";

/** the longest sentence read; policy sentences stay well under 400 characters */
export const maxSentence = 1000;

/** a proposal before it is numbered (distributes over the kinds) */
export type Draft = Proposal extends infer P ? (P extends Proposal ? Omit<P, "id"> : never) : never;

export interface Where {
  /** absent for the preamble and closing */
  clauseId?: string;
  /** a short id prefix for what this place creates: "c2-1-3", "program" */
  prefix: string;
  counters: Map<string, number>;
  /** the last 到20XX年 read in this place: later targets without a year share it */
  due?: string;
  /** a 总体目标 section: every quantified sentence is a target */
  goals?: boolean;
  /** shared by every place of one import: the work done, for the linearity checks */
  stats: { sentencesRead: number; charactersRead: number };
}

const at = (s: Sentence, span: Span): Span => ({
  start: s.start + span.start,
  end: s.start + span.end,
});

function nextId(where: Where, letter: string): string {
  const n = (where.counters.get(letter) ?? 0) + 1;
  where.counters.set(letter, n);
  return `${where.prefix}-${letter}${n}`;
}

function draft(
  where: Where,
  span: Span,
  value: ProposalValue,
  score: number,
  reason: string,
): Draft {
  return {
    ...value,
    span,
    ...(where.clauseId ? { clauseId: where.clauseId } : {}),
    confidence: { score, reason },
  } as Draft;
}

/**
 * Everything one sentence says: money first (a money sentence is not also a treatment or a
 * target), then precedence, validity, quota, deadline. What it mentions as money but cannot
 * read goes to `unread`.
 */
export function readSentence(s: Sentence, where: Where, out: Draft[], unread: UnreadSpan[]): void {
  // no policy sentence runs this long; reading it would only cost time on garbage
  if (s.end - s.start > maxSentence) {
    unread.push({ start: s.start, end: s.end, reason: `句子超过${maxSentence}字，未逐项读取` });
    return;
  }
  where.stats.sentencesRead++;
  where.stats.charactersRead += s.end - s.start;
  const money = readBenefits(s, () => nextId(where, "b"));
  unread.push(...money.unread);
  for (const r of money.readings)
    out.push({
      ...draft(
        where,
        r.span,
        { kind: "benefit", value: r.benefit },
        r.confidence.score,
        r.confidence.reason,
      ),
      facts: r.facts,
    });
  if (
    money.readings.length === 0 &&
    money.unread.length === 0 &&
    /\d[\d.]*\s*[万亿千]?元|[一二两三四五六七八九十百千万]元/.test(s.text)
  )
    unread.push({ start: s.start, end: s.end, reason: "句中有金额，但未读出领取对象或标准" });

  const precedence = readPrecedence(s.text);
  if (precedence)
    out.push(
      draft(
        where,
        at(s, precedence.span),
        { kind: "precedence", value: { ...precedence.value, basis: s.text } },
        0.85,
        precedence.reason,
      ),
    );

  const validity = readValidity(s.text);
  if (
    validity &&
    (!where.clauseId || /本(?:实施)?(?:方案|办法|意见|计划|规定|细则|措施)/.test(s.text))
  )
    out.push(
      draft(
        where,
        at(s, validity.span),
        { kind: "validity", value: validity.value },
        0.9,
        validity.reason,
      ),
    );

  const quota = readQuota(s.text);
  if (quota)
    out.push(
      draft(where, at(s, quota.span), { kind: "quota", value: quota.value }, 0.8, "名额与评选周期"),
    );

  if (money.readings.length > 0) return;
  const due = readDeadline(s.text)?.date;
  if (due) where.due = due;
  // 到2025年，…35%左右；高技能人才…35%左右: the year carries over to the next sentences
  const targets = readTargets(s.text, where.goals === true).map((t) =>
    t.value.byDate || !where.due ? t : { ...t, value: { ...t.value, byDate: where.due } },
  );
  for (const t of targets)
    out.push(
      draft(
        where,
        at(s, t.span),
        { kind: "target", value: { id: nextId(where, "g"), ...t.value } },
        0.7,
        `目标：${t.value.label}${t.value.value}${t.value.unit}`,
      ),
    );
  if (where.clauseId && targets.length === 0) {
    const deadline = readDeadline(s.text);
    if (deadline && deadline.span.start <= 2)
      out.push(
        draft(
          where,
          at(s, deadline.span),
          { kind: "deadline", value: deadline.date },
          0.45,
          "句首“到…年”：可能是本条的期限，也可能只是目标年份",
        ),
      );
    const treatment = readTreatment(s.text);
    if (treatment)
      out.push(
        draft(
          where,
          s,
          { kind: "treatment", value: { id: nextId(where, "t"), ...treatment.value } },
          treatment.score,
          treatment.reason,
        ),
      );
  }
}
