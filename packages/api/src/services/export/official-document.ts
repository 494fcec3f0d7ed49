import { sectionTitle } from "@jiangce/program-diff";
import type { Program } from "@jiangce/rule-schema";
import { Document, Paragraph } from "docx";
import { numbered, ownNumber } from "./citation.ts";
import {
  bodyParagraph,
  FONT,
  LINE_TWIP,
  PAGE,
  pageFooters,
  run,
  SIZE,
  titleParagraph,
} from "./gbt9704.ts";

/** 一、 headings in 黑体, （一） in 楷体; deeper ones in 仿宋. */
function headingParagraph(text: string, depth: number): Paragraph {
  const font = depth === 0 ? FONT.heading1 : depth === 1 ? FONT.heading2 : FONT.body;
  return bodyParagraph([run(text, font, SIZE.hao3)]);
}

/**
 * The program laid out as an official document (GB/T 9704): title, document number, preamble,
 * the sections of the text with their headings, every clause, the closing. The words are the
 * program's own; only the layout is added.
 */
export function officialDocument(program: Program): Document {
  const children: Paragraph[] = [titleParagraph(program.title)];
  if (program.documentNumber)
    children.push(
      new Paragraph({
        children: [run(program.documentNumber, FONT.body, SIZE.hao3)],
        alignment: "center",
        spacing: { after: LINE_TWIP },
      }),
    );
  for (const line of (program.preamble ?? "").split(/\n+/u).filter(Boolean))
    children.push(bodyParagraph([run(line, FONT.body, SIZE.hao3)]));
  let path: string[] = [];
  for (const clause of program.clauses) {
    const sections = clause.sectionPath ?? [];
    sections.forEach((heading, depth) => {
      if (path[depth] !== heading) children.push(headingParagraph(heading, depth));
    });
    path = sections;
    // a heading that only repeats its section's title ("一、总体目标" / "总体目标") is not printed twice
    if (
      clause.heading &&
      !sections.some((h) => sectionTitle(h) === sectionTitle(clause.heading ?? ""))
    )
      children.push(headingParagraph(clause.heading, sections.length));
    const number = ownNumber(clause.citation);
    const text =
      number && !numbered(clause.citation, clause.text) ? `${number}${clause.text}` : clause.text;
    for (const line of text.split(/\n+/u).filter(Boolean))
      children.push(bodyParagraph([run(line, FONT.body, SIZE.hao3)]));
  }
  for (const line of (program.closing ?? "").split(/\n+/u).filter(Boolean))
    children.push(bodyParagraph([run(line, FONT.body, SIZE.hao3)]));
  return new Document({
    title: program.title,
    evenAndOddHeaderAndFooters: true,
    sections: [{ properties: { page: PAGE }, footers: pageFooters, children }],
  });
}
