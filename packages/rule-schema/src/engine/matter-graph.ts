import { ProgramSetInvalidError } from "../errors/program-set-invalid-error.ts";
import type { ValidationIssue } from "../errors/validation-issue.ts";
import type { Program } from "../schema/program.ts";
import { amountBases, benefitAmounts } from "./fact-keys.ts";
import { matterOfTotalKey, totalKey } from "./totals.ts";
import type { MatterNode } from "./types.ts";

/**
 * The matters of a program set as a graph: matters sharing an exclusive group are settled
 * together (one node), and an amount based on another matter (1:1 配套, 上浮) must be
 * computed after that matter is settled. Nodes come in topological order; a cycle is a
 * set-level error (ProgramSetInvalidError, code `matter_cycle`).
 */
export interface MatterGraph {
  /** in dependency order: a node's bases are settled by earlier nodes */
  nodes: MatterNode[];
  /** index of the node that settles a matter */
  nodeOf(matter: string): number;
  /** total keys (matter, program + matter) some amount reads */
  referencedTotals: Set<string>;
  /** the totals a paid entitlement of this matter and program adds to (null: none read) */
  totalKeysOf(matter: string, programId: string): string[] | null;
}

/** Union-find over matters; the lexically smaller root wins, so keys never depend on order. */
function matterSets() {
  const parent = new Map<string, string>();
  const find = (m: string): string => {
    let root = parent.get(m) ?? m;
    if (root !== m) {
      root = find(root);
      parent.set(m, root);
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  return { find, union };
}

/** Depth-first topological order of the nodes; each cycle found becomes an issue. */
function topologicalOrder(
  keys: readonly string[],
  dependsOn: ReadonlyMap<string, ReadonlySet<string>>,
  issues: ValidationIssue[],
): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (k: string, trail: string[]) => {
    const s = state.get(k);
    if (s === "done") return;
    if (s === "visiting") {
      issues.push({
        path: k,
        message: `事项之间的金额引用形成循环：${[...trail, k].join(" → ")}`,
        code: "matter_cycle",
      });
      return;
    }
    state.set(k, "visiting");
    for (const d of [...dependsOn.get(k)!].sort()) visit(d, [...trail, k]);
    state.set(k, "done");
    order.push(k);
  };
  for (const k of keys) visit(k, []);
  return order;
}

export function matterGraph(programs: readonly Program[]): MatterGraph {
  const { find, union } = matterSets();
  const referencedTotals = new Set<string>();
  const dependencies: [string, string][] = [];
  const allMatters = new Set<string>();
  for (const p of programs) {
    const groups = new Map<string, string>();
    for (const c of p.clauses)
      for (const b of c.benefits) {
        allMatters.add(b.matter);
        if (b.exclusiveGroup !== undefined) {
          const first = groups.get(b.exclusiveGroup);
          if (first === undefined) groups.set(b.exclusiveGroup, b.matter);
          else union(first, b.matter);
        }
        for (const amount of benefitAmounts(b))
          for (const { base } of amountBases(amount))
            if ("matter" in base) {
              referencedTotals.add(totalKey(base.matter, base.program));
              dependencies.push([b.matter, base.matter]);
            }
      }
  }

  const issues: ValidationIssue[] = [];
  const nodeKeys = [...new Set([...allMatters].map(find))].sort();
  const dependsOn = new Map<string, Set<string>>(nodeKeys.map((k) => [k, new Set<string>()]));
  for (const [from, to] of dependencies) {
    if (!allMatters.has(to)) continue; // base matter not granted by any loaded program
    const a = find(from);
    const b = find(to);
    if (a === b) {
      issues.push({
        path: from,
        message: `事项 ${from} 的金额引用了同组事项 ${to}，形成循环`,
        code: "matter_cycle",
      });
      continue;
    }
    dependsOn.get(a)!.add(b);
  }
  const order = topologicalOrder(nodeKeys, dependsOn, issues);
  if (issues.length > 0) throw new ProgramSetInvalidError(issues);

  const nodeIndex = new Map(order.map((k, i) => [k, i]));
  const nodeOf = (matter: string) => nodeIndex.get(find(matter))!;
  const nodes: MatterNode[] = order.map((_key, index) => ({
    index,
    matters: [],
    referenced: false,
  }));
  for (const m of [...allMatters].sort()) nodes[nodeOf(m)]!.matters.push(m);
  for (const key of referencedTotals) {
    const matter = matterOfTotalKey(key);
    if (allMatters.has(matter)) nodes[nodeOf(matter)]!.referenced = true;
  }
  return {
    nodes,
    nodeOf,
    referencedTotals,
    totalKeysOf(matter, programId) {
      const keys = [matter, totalKey(matter, programId)].filter((k) => referencedTotals.has(k));
      return keys.length === 0 ? null : keys;
    },
  };
}
