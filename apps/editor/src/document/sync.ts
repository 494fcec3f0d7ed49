// An outside edit (inspector, conflict resolution, outline) merged into the open document:
// only what differs is replaced — each changed top-level node on its own, and inside it only
// the differing range — so the cursor and everything around it stay where they were.
import type { Program } from "@jiangce/rule-schema";
import { type Fragment, Node as PMNode } from "@tiptap/pm/model";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { programToDoc } from "./program-to-doc.ts";

/** The range [start, endA) of `a` to replace by [start, endB) of `b`, or null when equal. */
function diffRange(a: Fragment, b: Fragment) {
  const start = a.findDiffStart(b);
  if (start === null) return null;
  const end = a.findDiffEnd(b);
  if (!end) return null;
  let { a: endA, b: endB } = end;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return { start, endA, endB };
}

/** The transaction that turns the document into `program`'s, or null when they are equal. */
export function syncTransaction(state: EditorState, program: Program): Transaction | null {
  const next = PMNode.fromJSON(state.schema, programToDoc(program));
  const doc = state.doc;
  const tr = state.tr.setMeta("sync", true);
  const sameShape =
    doc.childCount === next.childCount &&
    doc.content.content.every((child, i) => child.type === next.child(i).type);
  if (!sameShape) {
    const range = diffRange(doc.content, next.content);
    if (!range) return null;
    return tr.replace(range.start, range.endA, next.slice(range.start, range.endB));
  }
  // last to first, so the positions of the nodes still to visit do not move
  const starts: number[] = [];
  doc.forEach((_child, offset) => {
    starts.push(offset);
  });
  for (let i = doc.childCount - 1; i >= 0; i--) {
    const before = doc.child(i);
    const after = next.child(i);
    if (before.eq(after)) continue;
    const pos = starts[i] as number;
    if (!before.sameMarkup(after)) tr.setNodeMarkup(pos, undefined, after.attrs);
    const range = diffRange(before.content, after.content);
    if (range)
      tr.replace(pos + 1 + range.start, pos + 1 + range.endA, after.slice(range.start, range.endB));
  }
  return tr.docChanged ? tr : null;
}
