// Program → document. Every field of the program lands somewhere: prose in text nodes (one
// paragraph per line), everything else in node attrs, so docToProgram gives it all back.
import type { Clause, Program } from "@jiangce/rule-schema";
import type { JSONContent } from "@tiptap/core";
import type { ClauseTerms } from "../extensions/clause-terms/index.ts";
import type { ProgramMeta } from "../extensions/program-meta/index.ts";

const text = (value: string): JSONContent[] => (value ? [{ type: "text", text: value }] : []);

/** Each line one paragraph, empty lines too, so joining with "\n" restores the text exactly. */
export function paragraphs(value: string): JSONContent[] {
  return value.split("\n").map((line) => ({ type: "paragraph", content: text(line) }));
}

const block = (type: string, data: unknown): JSONContent => ({ type, attrs: { data } });

export function clauseToNode(clause: Clause): JSONContent {
  const content: JSONContent[] = [
    { type: "clauseHeading", content: text(clause.heading ?? "") },
    ...paragraphs(clause.text),
    ...clause.benefits.map((b) => block("benefit", b)),
    ...clause.treatments.map((t) => block("treatment", t)),
    ...clause.targets.map((t) => block("target", t)),
  ];
  if (clause.tasks.length) content.push(block("taskTable", clause.tasks));
  if (clause.responsibleUnits.length)
    content.push(block("responsibleUnits", clause.responsibleUnits));
  const terms: ClauseTerms = {
    effectiveFrom: clause.effectiveFrom,
    deadline: clause.deadline,
    funding: clause.funding,
  };
  if (Object.values(terms).some((v) => v !== undefined))
    content.push(block("clauseTerms", JSON.parse(JSON.stringify(terms))));
  return {
    type: "clause",
    attrs: {
      id: clause.id,
      citation: clause.citation,
      sectionPath: clause.sectionPath,
      note: clause.note ?? null,
    },
    content,
  };
}

export function programToDoc(program: Program): JSONContent {
  const { title, preamble, closing, targets, clauses, annexes, ...meta } = program;
  const content: JSONContent[] = [
    block("programMeta", meta satisfies ProgramMeta),
    { type: "programTitle", content: text(title) },
  ];
  if (preamble !== undefined) content.push({ type: "preamble", content: paragraphs(preamble) });
  content.push(...targets.map((t) => block("target", t)));
  content.push(...clauses.map(clauseToNode));
  if (closing !== undefined) content.push({ type: "closing", content: paragraphs(closing) });
  content.push(...annexes.map((a) => block("annex", a)));
  return { type: "doc", content };
}
