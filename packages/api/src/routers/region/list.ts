import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { listRegions } from "../../services/region/regions.ts";
import { publicProcedure } from "../../trpc.ts";

export const ZListRegionsInput = z
  .object({
    /** part of a region name, e.g. "东西湖"; without it, the provinces are listed */
    query: z.string().trim().min(1).max(20).optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .default({ limit: 50 });

/** Provinces, or regions whose name contains `query`. Public. */
export const listRoute = publicProcedure
  .meta(anyone)
  .input(ZListRegionsInput)
  .query(({ ctx, input }) => listRegions(ctx.db, input));
