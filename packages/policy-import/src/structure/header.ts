import type { Stage } from "@jiangce/rule-schema";
import type { Line } from "../text/lines.ts";
import type { Span } from "../types.ts";

export interface Header {
  title?: { value: string; span: Span };
  documentNumber?: { value: string; span: Span };
  stage?: { value: Stage; span: Span; words: string };
  preamble?: Span;
}

const stageWords: [RegExp, Stage][] = [
  [/征求意见稿|意见征求稿|讨论稿|草案|初稿/, "comment-draft"],
  [/送审稿|审议稿|报审稿/, "approval-draft"],
];
const docNumber = /^[\u4e00-\u9fa5]{1,12}[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号$/;

/**
 * The lines before the first numbered clause: a title (one or more short lines), the
 * stage (（征求意见稿）), the document number (X人社发〔2021〕12号) on its own line, and the
 * preamble. Web-page crumbs (十四五 > 文件发布) and an addressee line (各街道办事处…：) are
 * not the title.
 */
export function readHeader(lines: Line[]): Header {
  const header: Header = {};
  const titleLines: Line[] = [];
  let preambleFrom: Line | undefined;
  let preambleTo: Line | undefined;
  for (const line of lines.slice(titleStart(lines))) {
    const t = line.text;
    if (t.length === 0) continue;
    if (preambleFrom) {
      preambleTo = line;
      continue;
    }
    const stage = /^[（(【[]?([^）)】\]]{2,6})[）)】\]]?$/.exec(t);
    const stageHit = stage && stageWords.find(([re]) => re.test(stage[1] ?? ""));
    if (stageHit && t.length <= 12) {
      header.stage = { value: stageHit[1], span: line, words: stage?.[1] ?? t };
      continue;
    }
    if (docNumber.test(t) && t.length <= 30) {
      header.documentNumber = { value: t.replace(/\s+/g, ""), span: line };
      continue;
    }
    if (/[>»|｜]/.test(t) && t.length <= 30 && titleLines.length === 0) continue;
    const paragraph = isParagraph(t);
    if (
      !paragraph &&
      !/[：:]$/.test(t) &&
      !preambleFrom &&
      (titleLines.length === 0 || t.length <= 40)
    ) {
      if (titleLines.length < 3) {
        titleLines.push(line);
        continue;
      }
    }
    preambleFrom = line;
    preambleTo = line;
  }
  const first = titleLines[0];
  const last = titleLines.at(-1);
  if (first && last) {
    let value = titleLines.map((l) => l.text).join("");
    const inline = /[（(](征求意见稿|送审稿|讨论稿)[）)]$/.exec(value);
    if (inline && !header.stage) {
      const hit = stageWords.find(([re]) => re.test(inline[1] ?? ""));
      if (hit)
        header.stage = {
          value: hit[1],
          span: { start: last.end - inline[0].length, end: last.end },
          words: inline[1] ?? "",
        };
    }
    if (inline) value = value.slice(0, value.length - inline[0].length);
    header.title = { value, span: { start: first.start, end: last.end } };
  }
  if (preambleFrom && preambleTo)
    header.preamble = { start: preambleFrom.start, end: preambleTo.end };
  return header;
}

const docType =
  /(?:办法|方案|意见|规定|通知|计划|细则|措施|决定|条例|纲要|规划)(?:[（(][^）)]{0,16}[）)])?$/;

function isParagraph(t: string): boolean {
  return t.length > 60 || /[。；]/.test(t);
}

/**
 * A page may open with a note before the title (【说明】…。, 来源…). When the first line is a
 * paragraph and a later short line names a kind of document (…办法, …实施意见), that line is
 * the title and what stands before it is not part of the document.
 */
function titleStart(lines: Line[]): number {
  const first = lines.findIndex((l) => l.text.length > 0 && !/[>»|｜]/.test(l.text));
  if (first < 0 || !isParagraph((lines[first] as Line).text)) return 0;
  const title = lines.findIndex(
    (l, i) => i > first && l.text.length <= 60 && !/[。；]/.test(l.text) && docType.test(l.text),
  );
  return Math.max(title, 0);
}
