// The prose skeleton of a program document: the document node's order, the title, preamble,
// closing, and the clause with its heading. Structured blocks are their own extensions.
import { Node } from "@tiptap/core";

/** The clause's own number as the text prints it: "二（一）1." → "1.", "三（二）" → "（二）". */
export function localNumber(citation: string): string {
  const last =
    /(?:[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、]?|[一二三四五六七八九十百]+、?)$/.exec(
      citation.trim(),
    );
  return last ? last[0] : citation;
}

const blocksInClause =
  "paragraph | benefit | treatment | target | taskTable | responsibleUnits | clauseTerms";

export const ProgramDocumentNode = Node.create({
  name: "doc",
  topNode: true,
  content: "programMeta programTitle preamble? target* clause* closing? annex*",
});

export const ProgramTitleNode = Node.create({
  name: "programTitle",
  content: "text*",
  marks: "",
  defining: true,
  parseHTML: () => [{ tag: "h1" }],
  renderHTML: () => ["h1", { class: "program-title" }, 0],
});

function proseSection(name: "preamble" | "closing") {
  return Node.create({
    name,
    content: "paragraph+",
    defining: true,
    isolating: true,
    parseHTML: () => [{ tag: `div[data-part="${name}"]` }],
    renderHTML: () => ["div", { "data-part": name, class: `prose-${name}` }, 0],
  });
}
export const PreambleNode = proseSection("preamble");
export const ClosingNode = proseSection("closing");

/** A clause: its id, citation and section path are attrs; heading, prose and blocks inside. */
export const ClauseNode = Node.create({
  name: "clause",
  content: `clauseHeading (${blocksInClause})+`,
  defining: true,
  isolating: true,
  addAttributes() {
    const json = (name: string, fallback: unknown) => ({
      default: fallback,
      parseHTML: (el: HTMLElement) => {
        const raw = el.getAttribute(`data-${name}`);
        return raw === null ? fallback : JSON.parse(raw);
      },
      renderHTML: (attrs: Record<string, unknown>) => ({
        [`data-${name}`]: JSON.stringify(attrs[name] ?? fallback),
      }),
    });
    return {
      id: json("id", null),
      citation: json("citation", ""),
      sectionPath: json("sectionPath", []),
      note: json("note", null),
    };
  },
  parseHTML: () => [{ tag: "section[data-clause]", contentElement: ".clause-body" }],
  renderHTML({ node, HTMLAttributes }) {
    return [
      "section",
      { ...HTMLAttributes, "data-clause": "", class: "clause" },
      [
        "div",
        { class: "clause-citation", contenteditable: "false", title: node.attrs.citation },
        localNumber(node.attrs.citation),
      ],
      ["div", { class: "clause-body" }, 0],
    ];
  },
});

export const ClauseHeadingNode = Node.create({
  name: "clauseHeading",
  content: "text*",
  marks: "",
  defining: true,
  parseHTML: () => [{ tag: "h3" }],
  renderHTML: () => ["h3", { class: "clause-heading" }, 0],
});
