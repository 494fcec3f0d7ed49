import { z } from "zod";
import { getRegion } from "../../services/region/regions.ts";
import { publicProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZGetRegionInput = z.object({ code: ZRegionCode });

/** One region with its ancestors, nearest first. Public. */
export const getRoute = publicProcedure
  .input(ZGetRegionInput)
  .query(({ ctx, input }) => getRegion(ctx.db, input.code));
