import type { Program } from "@jiangce/rule-schema";
import { Button, Tree } from "antd";
import { declareHandled } from "../inspector/handled-paths.ts";
import { clauseKey, dropClause, outlineOf } from "./outline-moves.ts";
import type { BlockKind, Selection } from "./selection.ts";

// the clause list and the annex list are added to, removed from and reordered here
declareHandled("", ["clauses", "annexes"] as const);

function selectionKey(s: Selection): string {
  if (s.kind === "program") return "program";
  if (s.kind === "annex") return `annex:${s.index}`;
  if (s.kind === "clause") return clauseKey(s.clauseId);
  return `block:${s.clauseId}:${s.list}:${s.index}`;
}

function selectionOfKey(key: string): Selection | null {
  const [kind, a, b, c] = key.split(":");
  if (kind === "program") return { kind: "program" };
  if (kind === "clause" && a) return { kind: "clause", clauseId: a };
  if (kind === "block" && a && b && c)
    return { kind: "block", clauseId: a, list: b as BlockKind, index: Number(c) };
  if (kind === "annex" && a) return { kind: "annex", index: Number(a) };
  return null;
}

/** 大纲: sections, clauses and their blocks; drag a clause to reorder it or move it to a section. */
export function OutlineTree({
  program,
  selected,
  onSelect,
  onChange,
  onAddClause,
  onRemoveClause,
  onAddAnnex,
}: {
  program: Program;
  selected: Selection;
  onSelect: (s: Selection) => void;
  onChange: (p: Program) => void;
  onAddClause: () => void;
  onRemoveClause: (clauseId: string) => void;
  onAddAnnex: () => void;
}) {
  const tree = outlineOf(program);
  const sectionKeys = (nodes: typeof tree): string[] =>
    nodes.flatMap((n) => (n.kind === "section" ? [n.key, ...sectionKeys(n.children ?? [])] : []));
  return (
    <div className="outline">
      <Tree
        blockNode
        draggable={{ icon: false, nodeDraggable: (node) => String(node.key).startsWith("clause:") }}
        allowDrop={({ dropNode, dropPosition }) => {
          const key = String(dropNode.key);
          return key.startsWith("clause:")
            ? true
            : key.startsWith("section:") && dropPosition === 0;
        }}
        expandedKeys={sectionKeys(tree)}
        selectedKeys={[selectionKey(selected)]}
        treeData={tree}
        onSelect={(keys) => {
          const s = keys[0] === undefined ? null : selectionOfKey(String(keys[0]));
          if (s) onSelect(s);
        }}
        onDrop={(info) => {
          const drag = String(info.dragNode.key);
          if (!drag.startsWith("clause:")) return;
          const pos = info.node.pos.split("-");
          const relative = info.dropPosition - Number(pos[pos.length - 1]);
          onChange(
            dropClause(
              program,
              drag.slice("clause:".length),
              String(info.node.key),
              !info.dropToGap,
              relative > 0,
            ),
          );
        }}
      />
      <div className="outline-actions">
        <Button size="small" type="primary" onClick={onAddClause}>
          新增条款
        </Button>
        {selected.kind === "clause" && (
          <Button size="small" danger onClick={() => onRemoveClause(selected.clauseId)}>
            删除条款
          </Button>
        )}
        <Button size="small" onClick={onAddAnnex}>
          新增附件
        </Button>
      </div>
    </div>
  );
}
