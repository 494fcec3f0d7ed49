import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { publishedCatalogues } from "../../services/catalogue/portal-catalogues.ts";
import { publicProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZGetCataloguesInput = z.object({ regionCode: ZRegionCode });

/**
 * The regional fact catalogues that apply in a region (its own and its ancestors', most senior
 * first): what the portal compiles the published programs with. Public: catalogues are the
 * published data programs are evaluated against.
 */
export const getCataloguesRoute = publicProcedure
  .meta(anyone)
  .input(ZGetCataloguesInput)
  .query(({ ctx, input }) => publishedCatalogues(ctx.db, input.regionCode));
