import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { getRegion } from "../../services/region/regions.ts";
import { publicProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZGetRegionInput = z.object({ code: ZRegionCode });

/** One region with its ancestors, nearest first. Public. */
export const getRoute = publicProcedure
  .meta(anyone)
  .input(ZGetRegionInput)
  .query(({ ctx, input }) => getRegion(ctx.db, input.code));
