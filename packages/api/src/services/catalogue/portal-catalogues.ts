import type { Db } from "@jiangce/db";
import type { RegionalCatalogue } from "@jiangce/rule-schema";
import { portalCache } from "../portal/portal-cache.ts";
import { cataloguesFor, regionOrThrow } from "./catalogue-chain.ts";

/** The portal's read of the chain, cached (and invalidated on save) like the portal's lists. */
export function publishedCatalogues(db: Db, regionCode: string): Promise<RegionalCatalogue[]> {
  return portalCache(db).get(`catalogues:${regionCode}`, async () => {
    await regionOrThrow(db, regionCode);
    return cataloguesFor(db, regionCode);
  });
}
