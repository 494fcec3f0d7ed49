// Edits of the clause tree (move, indent, outdent, retitle) and the renumbering after each:
// the program's clauses are rebuilt from the numbered tree of `outline-numbering.ts`.
import type { Clause, Program } from "@jiangce/rule-schema";
import {
  isOwnSection,
  nodesOf,
  number,
  type Outline,
  type OutlineNode,
  outlineOf,
  stripNumber,
} from "./outline-numbering.ts";

export {
  chineseNumeral,
  isOwnSection,
  type NumberingStyle,
  type Outline,
  type OutlineNode,
  outlineOf,
  stripNumber,
} from "./outline-numbering.ts";

/** The label a section (or a section-heading clause) has in sectionPath. */
const labelOf = (n: OutlineNode, keep: Set<string>) =>
  n.kind === "section" ? (keep.has(n.key) ? n.stored : n.computed) : `${n.number}${n.title}`;

/** Clauses in tree order with citations and section paths derived (flagged ones kept). */
function flatten(outline: Outline, byId: Map<string, Clause>, keep: Set<string>): Clause[] {
  const out: Clause[] = [];
  const walk = (nodes: OutlineNode[], path: string[]) => {
    for (const n of nodes) {
      if (n.kind === "section") {
        walk(n.children, [...path, labelOf(n, keep)]);
        continue;
      }
      const clause = byId.get(n.clauseId as string) as Clause;
      const heads = n.own || n.children.length > 0;
      const citation = keep.has(n.key) && !heads ? n.stored : n.computed;
      const sectionPath = heads ? [...path, labelOf(n, keep)] : path;
      const same =
        citation === clause.citation &&
        JSON.stringify(sectionPath) === JSON.stringify(clause.sectionPath);
      out.push(same ? clause : { ...clause, citation, sectionPath });
      walk(n.children, sectionPath);
    }
  };
  walk(outline.roots, []);
  return out;
}

/** The keys (clause ids, section keys) whose stored numbering the structure does not produce. */
export function flaggedKeys(program: Pick<Program, "clauses">): Set<string> {
  return new Set(outlineOf(program).flags.map((f) => f.key));
}

function rebuild(
  program: Program,
  change: (roots: OutlineNode[]) => boolean,
  keep?: Set<string>,
): Program {
  const before = outlineOf(program);
  const kept = keep ?? new Set(before.flags.map((f) => f.key));
  if (!change(before.roots)) return program;
  const after: Outline = { ...before, roots: before.roots };
  number(after.roots, before.style);
  const byId = new Map(program.clauses.map((c) => [c.id, c]));
  const clauses = flatten(after, byId, kept);
  const unchanged =
    clauses.length === program.clauses.length && clauses.every((c, i) => c === program.clauses[i]);
  return unchanged ? program : { ...program, clauses };
}

/**
 * Citations and section paths recomputed from the structure. Numbering flagged as one the
 * structure cannot produce is kept: by default the program's own flags; after an edit, pass
 * the flags of the program before it (`flaggedKeys(previous)`), so that clauses the edit
 * merely moved along are renumbered rather than taken for irregular ones.
 */
export function renumber(program: Program, keep?: Set<string>): Program {
  return rebuild(program, () => true, keep);
}

function locate(
  roots: OutlineNode[],
  key: string,
): { siblings: OutlineNode[]; index: number } | null {
  const index = roots.findIndex((n) => n.key === key);
  if (index >= 0) return { siblings: roots, index };
  for (const n of roots) {
    const found = locate(n.children, key);
    if (found) return found;
  }
  return null;
}

/** Move a clause or section (with what it contains) under `parentKey` (null: top level) at `index`. */
export function moveNode(
  program: Program,
  key: string,
  parentKey: string | null,
  index: number,
): Program {
  return rebuild(program, (roots) => {
    const from = locate(roots, key);
    if (!from) return false;
    const [moved] = from.siblings.splice(from.index, 1) as [OutlineNode];
    const parent = parentKey === null ? null : [...nodesOf(roots)].find((n) => n.key === parentKey);
    if (parentKey !== null && (!parent || [...nodesOf([moved])].includes(parent))) {
      from.siblings.splice(from.index, 0, moved);
      return false;
    }
    const target = parent ? parent.children : roots;
    target.splice(Math.max(0, Math.min(index, target.length)), 0, moved);
    setDepths(roots, 1);
    return true;
  });
}

function setDepths(nodes: OutlineNode[], depth: number) {
  for (const n of nodes) {
    n.depth = depth;
    setDepths(n.children, depth + 1);
  }
}

/** Make a node the last child of its previous sibling (Tab in the outline). */
export function indent(program: Program, key: string): Program {
  return rebuild(program, (roots) => {
    const at = locate(roots, key);
    const previous = at && at.index > 0 ? at.siblings[at.index - 1] : undefined;
    if (!at || !previous) return false;
    const [moved] = at.siblings.splice(at.index, 1) as [OutlineNode];
    previous.children.push(moved);
    setDepths(roots, 1);
    return true;
  });
}

/** Make a node the next sibling of its parent (Shift+Tab); later siblings stay where they are. */
export function outdent(program: Program, key: string): Program {
  return rebuild(program, (roots) => {
    const parentOf = (
      nodes: OutlineNode[],
      parent: OutlineNode | null,
    ): [OutlineNode | null, OutlineNode[]] | null => {
      for (const n of nodes) {
        if (n.key === key) return [parent, nodes];
        const found = parentOf(n.children, n);
        if (found) return found;
      }
      return null;
    };
    const found = parentOf(roots, null);
    const parent = found?.[0];
    if (!found || !parent) return false;
    const siblings = found[1];
    const grand = locate(roots, parent.key);
    if (!grand) return false;
    const [moved] = siblings.splice(
      siblings.findIndex((n) => n.key === key),
      1,
    ) as [OutlineNode];
    grand.siblings.splice(grand.index + 1, 0, moved);
    setDepths(roots, 1);
    return true;
  });
}

/**
 * A clause that heads its own section names it in every section path below it: when its
 * heading is edited in the prose, the section's title follows (in the clause and in all the
 * clauses inside it), so the structure is not broken by a retitled heading.
 */
export function followHeadings(previous: Program, next: Program): Program {
  const before = new Map(previous.clauses.map((c) => [c.id, c]));
  const renames: { depth: number; from: string; to: string }[] = [];
  for (const clause of next.clauses) {
    const old = before.get(clause.id);
    if (!old || old.heading === clause.heading || !isOwnSection(old)) continue;
    const from = old.sectionPath.at(-1) as string;
    const to = `${from.slice(0, from.length - stripNumber(from).length)}${clause.heading ?? ""}`;
    renames.push({ depth: old.sectionPath.length - 1, from, to });
  }
  if (!renames.length) return next;
  const clauses = next.clauses.map((clause) => {
    const path = clause.sectionPath.map((label, depth) => {
      const rename = renames.find((r) => r.depth === depth && r.from === label);
      return rename ? rename.to : label;
    });
    return path.every((label, i) => label === clause.sectionPath[i])
      ? clause
      : { ...clause, sectionPath: path };
  });
  return { ...next, clauses };
}
