import { paragraphsToText } from "./docx-text.ts";
import { applyProposals, validateDraft } from "./program/apply-proposals.ts";
import { mergeStandardAndUplift } from "./program/merge-uplift.ts";
import { type Draft, readSentence, type Where } from "./program/read-sentences.ts";
import { readAnnexes } from "./structure/annex-table.ts";
import { readHeader } from "./structure/header.ts";
import { readOutline } from "./structure/outline.ts";
import { readResponsibleUnits } from "./structure/responsible-units.ts";
import { splitLines } from "./text/lines.ts";
import { splitSentences } from "./text/sentences.ts";
import type { ImportOptions, ImportResult, Proposal, UnreadSpan } from "./types.ts";

/** the import's own draft leaves out proposals less sure than this (they stay proposals) */
export const draftMinScore = 0.5;

/**
 * Policy text → a draft program and the proposals it was built from. Never throws on any
 * text; every proposal points at the words it read. What cannot be read stays text and is
 * listed in `unread`. The draft accepts every proposal scoring at least `draftMinScore`;
 * `applyProposals` rebuilds it from the drafter's decisions.
 */
export function importPolicyText(input: string, options: ImportOptions = {}): ImportResult {
  const text = options.paragraphs ? paragraphsToText(options.paragraphs) : input;
  const lines = splitLines(text);
  const outline = readOutline(text, lines);
  const header = readHeader(outline.headerLines);
  const drafts: Draft[] = [];
  const unread: UnreadSpan[] = [];

  if (header.title)
    drafts.push({
      kind: "title",
      value: header.title.value,
      span: header.title.span,
      confidence: { score: 0.8, reason: "正文前的标题行" },
    });
  if (header.documentNumber)
    drafts.push({
      kind: "document-number",
      value: header.documentNumber.value,
      span: header.documentNumber.span,
      confidence: { score: 0.9, reason: "单独成行的发文字号" },
    });
  if (header.stage)
    drafts.push({
      kind: "stage",
      value: header.stage.value,
      span: header.stage.span,
      confidence: { score: 0.95, reason: `标注“${header.stage.words}”` },
    });

  const stats = { sentencesRead: 0, charactersRead: 0 };
  const programLevel: Where = { prefix: "program", counters: new Map(), stats };
  for (const span of [header.preamble, outline.closing])
    if (span)
      for (const s of splitSentences(text, span.start, span.end))
        readSentence(s, programLevel, drafts, unread);

  for (const clause of outline.clauses) {
    const goals = /目标/.test(`${clause.heading ?? ""}${clause.sectionPath.join("")}`);
    const where: Where = {
      clauseId: clause.id,
      prefix: clause.id,
      counters: new Map(),
      stats,
      goals,
    };
    const units = readResponsibleUnits(clause.text);
    if (units)
      drafts.push({
        kind: "responsible-units",
        value: units.units,
        span: {
          start: clause.span.start + units.span.start,
          end: clause.span.start + units.span.end,
        },
        clauseId: clause.id,
        confidence: { score: 0.9, reason: `责任单位，${units.units[0]?.name ?? ""}牵头` },
      });
    const bodyEnd = units ? clause.span.start + units.span.start : clause.span.end;
    const mine: Draft[] = [];
    for (const s of splitSentences(text, clause.span.start, bodyEnd))
      readSentence(s, where, mine, unread);
    drafts.push(...mergeStandardAndUplift(mine, text));
  }

  const annexes = readAnnexes(outline.annexLines);
  unread.push(...annexes.unread);
  for (const a of annexes.annexes)
    drafts.push({
      kind: "annex",
      value: a.value,
      span: a.span,
      confidence: { score: 0.85, reason: `附件表格，${a.value.tasks?.length ?? 0}行任务` },
    });

  const proposals = drafts.map((d, i) => ({ ...d, id: `p${i + 1}` }) as Proposal);
  const partial = {
    text,
    proposals,
    clauses: outline.clauses.map(({ text: _text, ...c }) => c),
    ...(header.preamble ? { preamble: header.preamble } : {}),
    ...(outline.closing ? { closing: outline.closing } : {}),
    unread: unread.sort((a, b) => a.start - b.start),
    stats: { characters: text.length, ...stats },
    options,
  };
  const draft = applyProposals(partial, {}, { minScore: draftMinScore });
  return { ...partial, program: draft, validation: validateDraft(draft) };
}
