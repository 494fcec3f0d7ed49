import { type ClauseDiff, changesOnly, type ProgramDiff } from "@jiangce/program-diff";
import {
  AlignmentType,
  Document,
  LineRuleType,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  type TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { numbered } from "./citation.ts";
import { FONT, PAGE, run, SIZE, titleParagraph } from "./gbt9704.ts";

const CELL = SIZE.xiao4;
const line = { line: 400, lineRule: LineRuleType.EXACT } as const;

function cell(children: Paragraph[], header = false): TableCell {
  return new TableCell({
    children,
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    width: { size: 33, type: WidthType.PERCENTAGE },
    margins: { top: 80, bottom: 80, left: 100, right: 100 },
  });
}

const para = (children: TextRun[]) => new Paragraph({ children, spacing: line });
const plain = (text: string) => para([run(text, FONT.body, CELL)]);

/** 原条文: removed words struck through in red; 修改后: added words bold and underlined. */
function sideOf(c: ClauseDiff, side: "before" | "after"): Paragraph[] {
  const citation = side === "before" ? c.citationBefore : c.citationAfter;
  const text = side === "before" ? c.textBefore : c.textAfter;
  if (text === null) return [plain(side === "before" ? "（无）" : "（删除）")];
  // the citation in bold unless the text already begins with its own number (2.遴选…)
  const head =
    citation && !numbered(citation, text) ? [run(`${citation} `, FONT.heading1, CELL)] : [];
  if (c.redline.length === 0) return [para([...head, run(text, FONT.body, CELL)])];
  const runs = c.redline.flatMap((part) => {
    if (part.kind === "same") return [run(part.text, FONT.body, CELL)];
    if (side === "before" && part.kind === "removed")
      return [run(part.text, FONT.body, CELL, { strike: true, color: "C00000" })];
    if (side === "after" && part.kind === "added")
      return [run(part.text, FONT.body, CELL, { bold: true, underline: {}, color: "C00000" })];
    return [];
  });
  return [para([...head, ...runs])];
}

function explanation(c: ClauseDiff): string[] {
  const lines: string[] = [];
  if (c.status === "added") lines.push("新增条款。");
  if (c.status === "removed") lines.push("删除本条。");
  if (c.moved)
    lines.push(`条文位置调整（原${c.citationBefore ?? ""}，现${c.citationAfter ?? ""}）。`);
  for (const change of c.changes) lines.push(`${change.sentence}。`);
  if (c.status === "changed" && c.changes.length === 0 && c.redline.length > 0)
    lines.push("文字修改。");
  return lines;
}

/**
 * The 修改对照表 of a draft against the previous version: one row per clause added, removed,
 * changed or moved (原条文 / 修改后 / 修改说明), changed words marked; the program's own
 * changes (validity, precedence…) and any notes (the cost headline) above the table.
 */
export function changeTable(
  title: string,
  diff: ProgramDiff,
  notes: readonly string[] = [],
): Document {
  const header = new TableRow({
    tableHeader: true,
    children: ["原条文", "修改后", "修改说明"].map((h) =>
      cell(
        [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [run(h, FONT.heading1, SIZE.hao4)],
          }),
        ],
        true,
      ),
    ),
  });
  const rows = changesOnly(diff).map(
    (c) =>
      new TableRow({
        cantSplit: false,
        children: [
          cell(sideOf(c, "before")),
          cell(sideOf(c, "after")),
          cell(explanation(c).map(plain)),
        ],
      }),
  );
  const above = [...diff.program.map((c) => `${c.sentence}。`), ...notes].map(
    (n) => new Paragraph({ children: [run(n, FONT.body, SIZE.hao4)], spacing: line }),
  );
  const empty =
    rows.length === 0
      ? [new Paragraph({ children: [run("条文无修改。", FONT.body, SIZE.hao4)] })]
      : [];
  return new Document({
    title: `${title}修改对照表`,
    sections: [
      {
        properties: {
          page: {
            size: { ...PAGE.size, orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: [
          titleParagraph(`《${title}》修改对照表`),
          ...above,
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
          ...empty,
        ],
      },
    ],
  });
}
