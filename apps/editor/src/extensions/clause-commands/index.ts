// Typed commands on clauses: a new clause after the one at the cursor (Mod-Enter). Its id
// comes from ClauseIds, its citation from the outline (the document renumbers on change).
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";
import { isOwnSection } from "../../document/outline.ts";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    clauseCommands: {
      /** A new, empty clause after the clause holding the cursor, at the same level. */
      insertClauseAfter: () => ReturnType;
    };
  }
}

const clauseOf = (node: PMNode) => ({
  citation: node.attrs.citation as string,
  heading: node.firstChild?.textContent ?? "",
  sectionPath: node.attrs.sectionPath as string[],
});

/** The section path of a clause inserted right after `current` (followed by `next`). */
export function pathAfter(current: PMNode, next: PMNode | null): string[] {
  const here = clauseOf(current);
  if (!isOwnSection(here)) return here.sectionPath;
  const path = here.sectionPath;
  const nextPath = next?.type.name === "clause" ? (next.attrs.sectionPath as string[]) : [];
  // a clause heading a section with items: the new clause becomes its first item
  const hasItems = path.every((label, i) => nextPath[i] === label);
  return hasItems ? path : path.slice(0, -1);
}

export const ClauseCommands = Extension.create({
  name: "clauseCommands",
  addCommands() {
    return {
      insertClauseAfter:
        () =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          if ($from.depth < 1) return false;
          const current = $from.node(1);
          if (current.type.name !== "clause") return false;
          const index = $from.index(0);
          const next = index + 1 < state.doc.childCount ? state.doc.child(index + 1) : null;
          const { clause, clauseHeading, paragraph } = state.schema.nodes;
          if (!clause || !clauseHeading || !paragraph) return false;
          const node = clause.create(
            { id: null, citation: "", sectionPath: pathAfter(current, next) },
            [clauseHeading.create(), paragraph.create()],
          );
          if (dispatch) {
            const at = $from.after(1);
            tr.insert(at, node);
            tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView();
          }
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return { "Mod-Enter": () => this.editor.commands.insertClauseAfter() };
  },
});
