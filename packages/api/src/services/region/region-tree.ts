import type { Db } from "@jiangce/db";

export interface RegionNode {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export interface RegionTree {
  byCode: Map<string, RegionNode>;
  childrenOf: Map<string | null, RegionNode[]>;
}

// The region table is reference data (GB/T 2260, loaded by the seed, never edited through the
// api), so each database's tree is read once and served from memory: the portal's read path and
// every role check walk ancestors without a query. It is re-read every few minutes (a seed run
// by another process shows up), and an empty table is never kept (the seed may not have run yet).
const TREE_TTL_MS = 5 * 60 * 1000;
const trees = new WeakMap<Db, { at: number; tree: Promise<RegionTree> }>();

export function regionTree(db: Db): Promise<RegionTree> {
  const now = Date.now();
  const cached = trees.get(db);
  if (cached && now - cached.at < TREE_TTL_MS) return cached.tree;
  const entry = { at: now, tree: load(db) };
  trees.set(db, entry);
  entry.tree.then(
    (tree) => {
      if (tree.byCode.size === 0 && trees.get(db) === entry) trees.delete(db);
    },
    () => {
      if (trees.get(db) === entry) trees.delete(db);
    },
  );
  return entry.tree;
}

/** Forget the cached tree (after the seed or a test inserts regions). */
export function invalidateRegionTree(db: Db): void {
  trees.delete(db);
}

async function load(db: Db): Promise<RegionTree> {
  const rows = await db.region.findMany({
    select: { code: true, name: true, level: true, parentCode: true },
    orderBy: { code: "asc" },
  });
  const byCode = new Map<string, RegionNode>();
  const childrenOf = new Map<string | null, RegionNode[]>();
  for (const row of rows) {
    byCode.set(row.code, row);
    const siblings = childrenOf.get(row.parentCode) ?? [];
    siblings.push(row);
    childrenOf.set(row.parentCode, siblings);
  }
  return { byCode, childrenOf };
}

/** The region's ancestors, nearest first (district → city → province). */
export function ancestorsOf(tree: RegionTree, code: string): RegionNode[] {
  const result: RegionNode[] = [];
  let parent = tree.byCode.get(code)?.parentCode ?? null;
  while (parent !== null) {
    const node = tree.byCode.get(parent);
    if (!node || result.includes(node)) break;
    result.push(node);
    parent = node.parentCode;
  }
  return result;
}
