// Section headings (二、主要任务 / （一）实施匠才培养行动) are not typed in the prose: they are
// the clauses' section paths, drawn before the first clause of each section.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { isOwnSection } from "../../document/outline.ts";

/** The section titles to draw before each clause: those its predecessor was not already in. */
export function sectionHeadings(
  clauses: { citation: string; heading?: string; sectionPath: string[] }[],
) {
  let previous: string[] = [];
  return clauses.map((clause) => {
    const path = clause.sectionPath;
    let same = 0;
    while (same < path.length && same < previous.length && path[same] === previous[same]) same++;
    previous = path;
    const own = isOwnSection(clause);
    return path
      .slice(same, own ? -1 : undefined)
      .map((title, i) => ({ title, level: same + i + 1 }));
  });
}

function decorate(doc: PMNode): DecorationSet {
  const clauses: { pos: number; node: PMNode }[] = [];
  doc.forEach((node, pos) => {
    if (node.type.name === "clause") clauses.push({ pos, node });
  });
  const headings = sectionHeadings(
    clauses.map(({ node }) => ({
      citation: node.attrs.citation,
      heading: node.firstChild?.textContent,
      sectionPath: node.attrs.sectionPath,
    })),
  );
  const decorations = clauses.flatMap(({ pos }, i) => {
    const list = headings[i] ?? [];
    if (!list.length) return [];
    const key = `section:${list.map((h) => h.title).join("/")}`;
    return [
      Decoration.widget(
        pos,
        () => {
          const box = document.createElement("div");
          box.className = "section-headings";
          box.contentEditable = "false";
          for (const h of list) {
            const el = document.createElement("h2");
            el.className = `section-heading level-${h.level}`;
            el.textContent = h.title;
            box.append(el);
          }
          return box;
        },
        { side: -1, key },
      ),
    ];
  });
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>("sectionHeadings");

// what the headings depend on: each clause's attrs and heading node (identity changes on edit)
const inputs = new WeakMap<PMNode, unknown[]>();
function sameInputs(before: PMNode, after: PMNode): boolean {
  const list = (doc: PMNode) => {
    let cached = inputs.get(doc);
    if (!cached) {
      cached = [];
      doc.forEach((node) => {
        if (node.type.name === "clause") cached?.push(node.attrs, node.firstChild);
      });
      inputs.set(doc, cached);
    }
    return cached;
  };
  const a = list(before);
  const b = list(after);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export const SectionHeadings = Extension.create({
  name: "sectionHeadings",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state.doc),
          apply: (tr, set) =>
            !tr.docChanged
              ? set
              : sameInputs(tr.before, tr.doc)
                ? set.map(tr.mapping, tr.doc)
                : decorate(tr.doc),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
