import type { Db } from "@jiangce/db";
import { ancestorsOf, regionTree } from "../region/region-tree.ts";
import { portalCache } from "./portal-cache.ts";

/**
 * The regions that issue at least one published program, with how many and their ancestors
 * (nearest first), so the portal's front page can group them province > city > district.
 */
export function listPublishingRegions(db: Db) {
  return portalCache(db).get("regions", () => readPublishingRegions(db));
}

async function readPublishingRegions(db: Db) {
  const tree = await regionTree(db);
  const counts = await db.program.groupBy({
    by: ["regionCode"],
    where: { publishedVersionId: { not: null } },
    _count: { _all: true },
  });
  return counts
    .flatMap(({ regionCode, _count }) => {
      const node = tree.byCode.get(regionCode);
      if (!node) return [];
      return [
        {
          code: node.code,
          name: node.name,
          level: node.level,
          programCount: _count._all,
          ancestors: ancestorsOf(tree, node.code).map(({ code, name, level }) => ({
            code,
            name,
            level,
          })),
        },
      ];
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
