// Find in the document (Ctrl+F): every match highlighted, the current one marked and
// selected, next/previous wrap around. Matching is within one text block.
import { type CommandProps, Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export interface FindState {
  query: string;
  matches: { from: number; to: number }[];
  current: number;
}

export const findKey = new PluginKey<FindState>("find");

export function findMatches(doc: PMNode, query: string): { from: number; to: number }[] {
  if (!query) return [];
  const out: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textContent;
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length))
      out.push({ from: pos + 1 + at, to: pos + 1 + at + query.length });
    return false;
  });
  return out;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    find: {
      /** Highlight every occurrence of `query` and select the first. */
      setFindQuery: (query: string) => ReturnType;
      findNext: () => ReturnType;
      findPrevious: () => ReturnType;
      clearFind: () => ReturnType;
    };
  }
}

function step(delta: number) {
  return ({ state, tr, dispatch }: CommandProps) => {
    const find = findKey.getState(state) as FindState;
    if (!find.matches.length) return false;
    const current = (find.current + delta + find.matches.length) % find.matches.length;
    const match = find.matches[current]!;
    if (dispatch) {
      tr.setMeta(findKey, { ...find, current });
      tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
    }
    return true;
  };
}

export const Find = Extension.create({
  name: "find",
  addCommands() {
    return {
      setFindQuery:
        (query) =>
        ({ state, tr, dispatch }) => {
          const matches = findMatches(state.doc, query);
          if (dispatch) {
            tr.setMeta(findKey, { query, matches, current: 0 });
            const first = matches[0];
            if (first)
              tr.setSelection(TextSelection.create(tr.doc, first.from, first.to)).scrollIntoView();
          }
          return true;
        },
      findNext: () => step(1),
      findPrevious: () => step(-1),
      clearFind:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, { query: "", matches: [], current: 0 });
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => ({ query: "", matches: [], current: 0 }),
          apply(tr, value) {
            const meta = tr.getMeta(findKey) as FindState | undefined;
            if (meta) return meta;
            if (!tr.docChanged || !value.query) return value;
            const matches = findMatches(tr.doc, value.query);
            return {
              ...value,
              matches,
              current: Math.min(value.current, Math.max(0, matches.length - 1)),
            };
          },
        },
        props: {
          decorations(state) {
            const find = findKey.getState(state);
            if (!find?.matches.length) return DecorationSet.empty;
            return DecorationSet.create(
              state.doc,
              find.matches.map((m, i) =>
                Decoration.inline(m.from, m.to, {
                  class: i === find.current ? "find-match is-current" : "find-match",
                }),
              ),
            );
          },
        },
      }),
    ];
  },
});
