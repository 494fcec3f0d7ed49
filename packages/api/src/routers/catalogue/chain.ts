import { z } from "zod";
import { districtMembers } from "../../procedure-access.ts";
import { readCatalogueChain } from "../../services/catalogue/catalogue.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZCatalogueChainInput = z.object({ regionCode: ZRegionCode });

/**
 * The fact catalogues that apply in a region (its own and every region above, most senior
 * first, each with its label "衢州市目录"), the published programs above it, and the revision of
 * its own catalogue (0: none yet). Staff of the district, admins above it.
 */
export const chainRoute = authedProcedure
  .meta(districtMembers)
  .input(ZCatalogueChainInput)
  .query(({ ctx, input }) => readCatalogueChain(ctx.db, ctx.auth, input.regionCode));
