// The outline's tree (sections from the clauses' sectionPath, clauses, their blocks) and what a
// drag does to the program: dropped between clauses → moved there and into their section;
// dropped onto a section → moved to the end of that section (indented or outdented to it).
import type { Program } from "@jiangce/rule-schema";
import { moveClause } from "./draft-model.ts";

export interface OutlineNode {
  key: string;
  title: string;
  kind: "program" | "section" | "clause" | "block" | "annex";
  children?: OutlineNode[];
}

export const sectionKey = (path: readonly string[]) => `section:${path.join("/")}`;
export const clauseKey = (id: string) => `clause:${id}`;

const BLOCK_TITLES = { benefits: "待遇", treatments: "非资金待遇", targets: "目标" } as const;

export function outlineOf(program: Program): OutlineNode[] {
  const roots: OutlineNode[] = [{ key: "program", title: "方案信息", kind: "program" }];
  const sections = new Map<string, OutlineNode>();
  const parentFor = (path: readonly string[]): OutlineNode[] => {
    let level = roots;
    for (let depth = 1; depth <= path.length; depth++) {
      const key = sectionKey(path.slice(0, depth));
      let node = sections.get(key);
      if (!node) {
        node = { key, title: path[depth - 1] ?? "", kind: "section", children: [] };
        sections.set(key, node);
        level.push(node);
      }
      level = node.children ?? [];
    }
    return level;
  };
  for (const clause of program.clauses) {
    const blocks = (["benefits", "treatments", "targets"] as const).flatMap((list) =>
      clause[list].map((b, i) => ({
        key: `block:${clause.id}:${list}:${i}`,
        title: `${BLOCK_TITLES[list]}：${b.label || "（未命名）"}`,
        kind: "block" as const,
      })),
    );
    parentFor(clause.sectionPath).push({
      key: clauseKey(clause.id),
      title: [clause.citation, clause.heading].filter(Boolean).join(" ") || "（新条款）",
      kind: "clause",
      children: blocks,
    });
  }
  program.annexes.forEach((a, i) => {
    roots.push({ key: `annex:${i}`, title: `附件：${a.title || a.id}`, kind: "annex" });
  });
  return roots;
}

/**
 * A clause dragged in the outline. `targetKey` is the node dropped on; `onto` true when dropped
 * onto it (not into the gap before/after); `after` when the gap is below it.
 */
export function dropClause(
  program: Program,
  clauseId: string,
  targetKey: string,
  onto: boolean,
  after: boolean,
): Program {
  const from = program.clauses.findIndex((c) => c.id === clauseId);
  if (from < 0) return program;
  if (targetKey.startsWith("section:")) {
    const path = targetKey.slice("section:".length).split("/");
    const inSection = (p: readonly string[]) => path.every((part, i) => p[i] === part);
    const lastInSection = program.clauses.findLastIndex((c) => inSection(c.sectionPath));
    const moved = setSection(program, from, path);
    const to =
      lastInSection < 0 ? moved.clauses.length : lastInSection + (from <= lastInSection ? 0 : 1);
    return moveClause(moved, from, to);
  }
  if (!targetKey.startsWith("clause:")) return program;
  const target = program.clauses.findIndex((c) => c.id === targetKey.slice("clause:".length));
  if (target < 0 || target === from) return program;
  const withSection = setSection(program, from, program.clauses[target]?.sectionPath ?? []);
  let to = after || onto ? target + 1 : target;
  if (from < to) to -= 1;
  return moveClause(withSection, from, to);
}

function setSection(program: Program, index: number, sectionPath: string[]): Program {
  return {
    ...program,
    clauses: program.clauses.map((c, i) =>
      i === index ? { ...c, sectionPath: [...sectionPath] } : c,
    ),
  };
}
