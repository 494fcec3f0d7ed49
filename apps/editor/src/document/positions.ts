// BlockRef ⇄ document position: the selection read as a block of the program, and back.
import type { Node as PMNode } from "@tiptap/pm/model";
import { type EditorState, NodeSelection, TextSelection } from "@tiptap/pm/state";
import type { BlockRef } from "./block-ref.ts";

const kindOfNode: Record<string, BlockRef["kind"]> = {
  benefit: "benefit",
  treatment: "treatment",
  target: "target",
  taskTable: "tasks",
  responsibleUnits: "responsibleUnits",
  clauseTerms: "clauseTerms",
  annex: "annex",
};

function indexAmong(parent: PMNode, child: PMNode): number {
  let index = 0;
  let found = -1;
  parent.forEach((node) => {
    if (found >= 0) return;
    if (node === child) found = index;
    else if (node.type === child.type) index++;
  });
  return found;
}

/** The block the selection is on (a selected block), or in (a clause, the program head). */
export function refAtSelection(state: EditorState): BlockRef {
  const { selection } = state;
  const top = selection.$from.depth >= 1 ? selection.$from.node(1) : null;
  if (selection instanceof NodeSelection) {
    const node = selection.node;
    const kind = kindOfNode[node.type.name];
    const parent = selection.$from.parent;
    const clauseId: string | null = parent.type.name === "clause" ? parent.attrs.id : null;
    if (kind === "annex") return { kind, index: indexAmong(parent, node) };
    if (kind === "target") return { kind, clauseId, index: indexAmong(parent, node) };
    if ((kind === "benefit" || kind === "treatment") && clauseId)
      return { kind, clauseId, index: indexAmong(parent, node) };
    if ((kind === "tasks" || kind === "responsibleUnits" || kind === "clauseTerms") && clauseId)
      return { kind, clauseId };
    if (node.type.name === "clause") return { kind: "clause", clauseId: node.attrs.id };
    return { kind: "program" };
  }
  if (top?.type.name === "clause") return { kind: "clause", clauseId: top.attrs.id };
  return { kind: "program" };
}

const nodeOfKind: Record<BlockRef["kind"], string> = {
  program: "programMeta",
  clause: "clause",
  benefit: "benefit",
  treatment: "treatment",
  target: "target",
  tasks: "taskTable",
  responsibleUnits: "responsibleUnits",
  clauseTerms: "clauseTerms",
  annex: "annex",
};

function nth(parent: PMNode, offset: number, type: string, index: number): number | null {
  let seen = 0;
  let at: number | null = null;
  parent.forEach((node, pos) => {
    if (at !== null || node.type.name !== type) return;
    if (seen === index) at = offset + pos;
    seen++;
  });
  return at;
}

/** Document position of the node a ref names, or null when it no longer exists. */
export function posOfRef(doc: PMNode, ref: BlockRef): number | null {
  const type = nodeOfKind[ref.kind];
  if (ref.kind === "program") return nth(doc, 0, type, 0);
  if (ref.kind === "annex") return nth(doc, 0, type, ref.index);
  if (ref.kind === "target" && ref.clauseId === null) return nth(doc, 0, type, ref.index);
  let clausePos: number | null = null;
  let clause: PMNode | null = null;
  doc.forEach((node, pos) => {
    if (clausePos === null && node.type.name === "clause" && node.attrs.id === ref.clauseId) {
      clausePos = pos;
      clause = node;
    }
  });
  if (clausePos === null || clause === null) return null;
  if (ref.kind === "clause") return clausePos;
  const index = "index" in ref ? ref.index : 0;
  return nth(clause, (clausePos as number) + 1, type, index);
}

/** A selection showing the ref: the block itself, or the start of a clause's heading. */
export function selectionForRef(state: EditorState, ref: BlockRef) {
  const pos = posOfRef(state.doc, ref);
  if (pos === null) return null;
  if (ref.kind === "clause") return TextSelection.near(state.doc.resolve(pos + 2));
  return NodeSelection.create(state.doc, pos);
}
