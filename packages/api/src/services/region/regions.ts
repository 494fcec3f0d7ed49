import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { ancestorsOf, type RegionNode, type RegionTree, regionTree } from "./region-tree.ts";

export interface RegionView {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  hasChildren: boolean;
}

function view(tree: RegionTree, node: RegionNode): RegionView {
  return { ...node, hasChildren: (tree.childrenOf.get(node.code)?.length ?? 0) > 0 };
}

/** Top-level regions (provinces), or, with a query, regions whose name contains it. */
export async function listRegions(db: Db, input: { query?: string | undefined; limit: number }) {
  const tree = await regionTree(db);
  if (!input.query) return (tree.childrenOf.get(null) ?? []).map((n) => view(tree, n));
  const query = input.query;
  const found: RegionView[] = [];
  for (const node of tree.byCode.values()) {
    if (node.name.includes(query)) found.push(view(tree, node));
    if (found.length >= input.limit) break;
  }
  return found;
}

export async function regionChildren(db: Db, code: string) {
  const tree = await regionTree(db);
  if (!tree.byCode.has(code)) throw new AppError("NOT_FOUND", `未找到行政区划 ${code}`);
  return (tree.childrenOf.get(code) ?? []).map((n) => view(tree, n));
}

/** One region with its ancestors (nearest first), for breadcrumbs. */
export async function getRegion(db: Db, code: string) {
  const tree = await regionTree(db);
  const node = tree.byCode.get(code);
  if (!node) throw new AppError("NOT_FOUND", `未找到行政区划 ${code}`);
  return { ...view(tree, node), ancestors: ancestorsOf(tree, code).map((n) => view(tree, n)) };
}
