// Document → program: the inverse of programToDoc. Nothing is validated here: a draft in the
// middle of an edit is still a program, and validateProgram says what is wrong with it.
import type {
  Annex,
  Benefit,
  Clause,
  Program,
  ResponsibleUnit,
  Target,
  Task,
  Treatment,
} from "@jiangce/rule-schema";
import type { JSONContent } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { ClauseTerms } from "../extensions/clause-terms/index.ts";
import type { ProgramMeta } from "../extensions/program-meta/index.ts";

/** The plain text of a textblock. */
export function textOf(node: JSONContent): string {
  return (node.content ?? []).map((child) => child.text ?? "").join("");
}

const linesOf = (node: JSONContent) => (node.content ?? []).map(textOf).join("\n");
const data = <T>(node: JSONContent) => node.attrs?.data as T;

// A clause read once per JSON object: an unchanged clause node keeps its JSON (below) and so
// its Clause object, which lets consumers compare clauses by identity.
const clauses = new WeakMap<JSONContent, Clause>();
const json = new WeakMap<PMNode, JSONContent>();

/** The program of an editor document, converting only the top-level nodes that changed. */
export function programOfNode(doc: PMNode): Program {
  const content: JSONContent[] = [];
  doc.forEach((child) => {
    let cached = json.get(child);
    if (!cached) {
      cached = child.toJSON() as JSONContent;
      json.set(child, cached);
    }
    content.push(cached);
  });
  return docToProgram({ type: "doc", content });
}

export function nodeToClause(node: JSONContent): Clause {
  const cached = clauses.get(node);
  if (cached) return cached;
  const clause = readClause(node);
  clauses.set(node, clause);
  return clause;
}

function readClause(node: JSONContent): Clause {
  const attrs = node.attrs ?? {};
  const lines: string[] = [];
  let heading: string | undefined;
  const benefits: Benefit[] = [];
  const treatments: Treatment[] = [];
  const targets: Target[] = [];
  const tasks: Task[] = [];
  let responsibleUnits: ResponsibleUnit[] = [];
  let terms: ClauseTerms = {};
  for (const child of node.content ?? []) {
    if (child.type === "clauseHeading") heading = textOf(child) || undefined;
    else if (child.type === "paragraph") lines.push(textOf(child));
    else if (child.type === "benefit") benefits.push(data(child));
    else if (child.type === "treatment") treatments.push(data(child));
    else if (child.type === "target") targets.push(data(child));
    else if (child.type === "taskTable") tasks.push(...data<Task[]>(child));
    else if (child.type === "responsibleUnits")
      responsibleUnits = [...responsibleUnits, ...data<ResponsibleUnit[]>(child)];
    else if (child.type === "clauseTerms") terms = { ...terms, ...data<ClauseTerms>(child) };
  }
  const clause: Clause = {
    id: attrs.id,
    citation: attrs.citation ?? "",
    heading,
    sectionPath: attrs.sectionPath ?? [],
    text: lines.join("\n"),
    responsibleUnits,
    effectiveFrom: terms.effectiveFrom,
    deadline: terms.deadline,
    funding: terms.funding,
    benefits,
    treatments,
    targets,
    tasks,
    note: attrs.note ?? undefined,
  };
  return dropUndefined(clause);
}

function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[])
    if (value[key] === undefined) delete value[key];
  return value;
}

export function docToProgram(doc: JSONContent): Program {
  let meta: ProgramMeta | undefined;
  let title = "";
  let preamble: string | undefined;
  let closing: string | undefined;
  const targets: Target[] = [];
  const clauses: Clause[] = [];
  const annexes: Annex[] = [];
  for (const node of doc.content ?? []) {
    if (node.type === "programMeta") meta = data(node);
    else if (node.type === "programTitle") title = textOf(node);
    else if (node.type === "preamble") preamble = linesOf(node);
    else if (node.type === "target") targets.push(data(node));
    else if (node.type === "clause") clauses.push(nodeToClause(node));
    else if (node.type === "closing") closing = linesOf(node);
    else if (node.type === "annex") annexes.push(data(node));
  }
  if (!meta) throw new Error("program document without its programMeta block");
  return dropUndefined({ ...meta, title, preamble, closing, targets, clauses, annexes });
}
