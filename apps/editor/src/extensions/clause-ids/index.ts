// Stable ids: a clause keeps its id across edits; a new clause gets a fresh one, and when a
// paste or a split leaves two clauses (or two blocks of one kind) with one id, the later copy
// is re-id'd. The published unique-id extension is not used (not served at our tiptap version).
import { Extension } from "@tiptap/core";
import type { Node as PMNode, Slice } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";

export function freshId(prefix: string, taken: Set<string>): string {
  for (;;) {
    const id = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.has(id)) return id;
  }
}

const blockKinds = new Set(["benefit", "treatment", "target"]);

/** Positions and new attrs of every node whose id is missing or already used earlier. */
export function duplicateIds(doc: PMNode): { pos: number; attrs: Record<string, unknown> }[] {
  const seen = new Set<string>();
  const fixes: { pos: number; attrs: Record<string, unknown> }[] = [];
  const all = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name === "clause" && node.attrs.id) all.add(`clause:${node.attrs.id}`);
    if (blockKinds.has(node.type.name) && node.attrs.data?.id)
      all.add(`${node.type.name}:${node.attrs.data.id}`);
    return node.type.name === "doc" || node.type.name === "clause";
  });
  const taken = new Set([...all].map((key) => key.split(":")[1] as string));
  doc.descendants((node, pos) => {
    const kind = node.type.name;
    if (kind === "clause") {
      const key = `clause:${node.attrs.id}`;
      if (!node.attrs.id || seen.has(key)) {
        const id = freshId("clause", taken);
        taken.add(id);
        fixes.push({ pos, attrs: { ...node.attrs, id } });
        seen.add(`clause:${id}`);
      } else seen.add(key);
      return true;
    }
    if (blockKinds.has(kind) && node.attrs.data) {
      const key = `${kind}:${node.attrs.data.id}`;
      if (seen.has(key)) {
        const id = freshId(node.attrs.data.id || kind, taken);
        taken.add(id);
        fixes.push({ pos, attrs: { ...node.attrs, data: { ...node.attrs.data, id } } });
      } else seen.add(key);
    }
    return kind === "doc";
  });
  return fixes;
}

/** Whether a transaction puts in a clause or block (typing does not: no scan of the document then). */
function insertsIdentified(tr: Transaction): boolean {
  return tr.steps.some((step) => {
    const slice = (step as { slice?: Slice }).slice;
    let found = false;
    slice?.content.descendants((node) => {
      if (node.type.name === "clause" || blockKinds.has(node.type.name)) found = true;
      return !found && node.type.name !== "clause";
    });
    return found;
  });
}

export const ClauseIds = Extension.create({
  name: "clauseIds",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("clauseIds"),
        appendTransaction(transactions, _old, state) {
          if (!transactions.some(insertsIdentified)) return null;
          const fixes = duplicateIds(state.doc);
          if (!fixes.length) return null;
          const tr = state.tr;
          for (const fix of fixes) tr.setNodeMarkup(fix.pos, undefined, fix.attrs);
          return tr.setMeta("addToHistory", false);
        },
      }),
    ];
  },
});
