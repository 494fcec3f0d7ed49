// A program document (rule-schema Program) as tiptap/ProseMirror JSON: the title, the preamble,
// section headings as the text numbers them, and every clause's heading and text.
import type { Program } from "@jiangce/rule-schema";
import type { JSONContent } from "@tiptap/react";

function text(value: string): JSONContent[] {
  return value ? [{ type: "text", text: value }] : [];
}

function heading(level: 1 | 2 | 3, value: string): JSONContent {
  return { type: "heading", attrs: { level }, content: text(value) };
}

/** One paragraph per line of the source text, as the drafter wrote it. */
function paragraphs(value: string): JSONContent[] {
  return value
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: "paragraph", content: text(line) }));
}

// "一、总体目标" and "一 总体目标" name the same heading
const compact = (value: string) => value.replace(/[\s、.．，,]+/g, "");

export function programToDoc(program: Program): JSONContent {
  const content: JSONContent[] = [heading(1, program.title)];
  if (program.preamble) content.push(...paragraphs(program.preamble));
  let section = "";
  for (const clause of program.clauses) {
    const clauseTitle = `${clause.citation}${clause.heading ? ` ${clause.heading}` : ""}`;
    const path = clause.sectionPath;
    const key = path.join("/");
    // a section heading that merely repeats its clause's own heading is not written twice
    if (key !== section) {
      section = key;
      const last = path.at(-1);
      if (last && compact(last) !== compact(clauseTitle)) content.push(heading(2, path.join(" ")));
    }
    content.push(heading(3, clauseTitle), ...paragraphs(clause.text));
  }
  if (program.closing) content.push(...paragraphs(program.closing));
  return { type: "doc", content };
}
