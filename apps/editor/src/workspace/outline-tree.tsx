import type { Program } from "@jiangce/rule-schema";
import { Button, Space, Tree } from "antd";
import { indent, moveNode, type OutlineNode, outdent, outlineOf } from "../document/index.ts";
import { declareHandled } from "../inspector/handled-paths.ts";
import type { Selection } from "./selection.ts";

// the clause list and the annex list are added to, removed from and reordered here
declareHandled("", ["clauses", "annexes"] as const);

interface TreeItem {
  key: string;
  title: string;
  children?: TreeItem[];
}

function items(nodes: readonly OutlineNode[]): TreeItem[] {
  return nodes.map((n) => ({
    key: n.key,
    // numbering is computed from the structure, never typed
    title: n.kind === "section" ? n.computed : `${n.computed} ${n.title}`.trim() || "（新条款）",
    children: items(n.children),
  }));
}

function parentKeys(
  nodes: readonly OutlineNode[],
  parent: string | null,
  into = new Map<string, string | null>(),
) {
  for (const n of nodes) {
    into.set(n.key, parent);
    parentKeys(n.children, n.key, into);
  }
  return into;
}

function allKeys(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((n) => [n.key, ...allKeys(n.children)]);
}

/** 大纲: the clause tree numbered from its structure; drag to reorder or nest, or indent/outdent. */
export function OutlineTree({
  program,
  selected,
  editable,
  onSelect,
  onChange,
  onAddClause,
  onRemoveClause,
  onAddAnnex,
}: {
  program: Program;
  selected: Selection;
  editable: boolean;
  onSelect: (s: Selection) => void;
  onChange: (p: Program) => void;
  onAddClause: () => void;
  onRemoveClause: (clauseId: string) => void;
  onAddAnnex: () => void;
}) {
  const outline = outlineOf(program);
  const parents = parentKeys(outline.roots, null);
  const clauseIds = new Set(program.clauses.map((c) => c.id));
  const treeData: TreeItem[] = [
    { key: "program", title: "方案信息" },
    ...items(outline.roots),
    ...program.annexes.map((a, i) => ({ key: `annex:${i}`, title: `附件：${a.title || a.id}` })),
  ];
  const selectedKey =
    selected.kind === "program"
      ? "program"
      : selected.kind === "annex"
        ? `annex:${selected.index}`
        : selected.clauseId;
  const current =
    selected.kind === "clause" || selected.kind === "block" ? selected.clauseId : null;
  return (
    <div className="outline">
      <Tree<TreeItem>
        blockNode
        draggable={
          editable
            ? {
                icon: false,
                nodeDraggable: (n) => n.key !== "program" && !String(n.key).startsWith("annex:"),
              }
            : false
        }
        allowDrop={({ dropNode }) =>
          dropNode.key !== "program" && !String(dropNode.key).startsWith("annex:")
        }
        expandedKeys={allKeys(outline.roots)}
        selectedKeys={[selectedKey]}
        treeData={treeData}
        onSelect={(keys) => {
          const key = keys[0] === undefined ? undefined : String(keys[0]);
          if (key === "program") onSelect({ kind: "program" });
          else if (key?.startsWith("annex:"))
            onSelect({ kind: "annex", index: Number(key.slice(6)) });
          else if (key && clauseIds.has(key)) onSelect({ kind: "clause", clauseId: key });
          // a section node ("section:<label>@<first clause id>") opens the clause that starts it
          else if (key?.startsWith("section:")) {
            const first = key.slice(key.lastIndexOf("@") + 1);
            if (clauseIds.has(first)) onSelect({ kind: "clause", clauseId: first });
          }
        }}
        onDrop={(info) => {
          const drag = String(info.dragNode.key);
          const target = String(info.node.key);
          if (!info.dropToGap) {
            // onto a node: becomes its first child
            onChange(moveNode(program, drag, target, 0));
            return;
          }
          const parent = parents.get(target) ?? null;
          const pos = info.node.pos.split("-");
          const after = info.dropPosition - Number(pos[pos.length - 1]) > 0;
          const siblings = parent === null ? outline.roots : findChildren(outline.roots, parent);
          const at = siblings.findIndex((n) => n.key === target);
          const from = siblings.findIndex((n) => n.key === drag);
          let index = at + (after ? 1 : 0);
          if (from >= 0 && from < index) index -= 1;
          onChange(moveNode(program, drag, parent, index));
        }}
      />
      {outline.flags.length > 0 && (
        <div className="muted outline-flags">
          有 {outline.flags.length} 处编号与结构不符，已保留原编号。
        </div>
      )}
      {editable && (
        <div className="outline-actions">
          <Button size="small" type="primary" onClick={onAddClause}>
            新增条款
          </Button>
          {current && (
            <Space size={4}>
              <Button
                size="small"
                onClick={() => onChange(outdent(program, current))}
                title="上移一级（Shift+Tab）"
              >
                升级
              </Button>
              <Button
                size="small"
                onClick={() => onChange(indent(program, current))}
                title="降为上一条的下级（Tab）"
              >
                降级
              </Button>
              <Button size="small" danger onClick={() => onRemoveClause(current)}>
                删除条款
              </Button>
            </Space>
          )}
          <Button size="small" onClick={onAddAnnex}>
            新增附件
          </Button>
        </div>
      )}
    </div>
  );
}

function findChildren(nodes: readonly OutlineNode[], key: string): readonly OutlineNode[] {
  for (const n of nodes) {
    if (n.key === key) return n.children;
    const found = findChildren(n.children, key);
    if (found.length > 0 || n.children.some((c) => c.key === key)) return found;
  }
  return [];
}
