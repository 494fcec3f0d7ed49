import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { regionChildren } from "../../services/region/regions.ts";
import { publicProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZRegionChildrenInput = z.object({ code: ZRegionCode });

/** The direct children of a region (a province's cities, a city's districts). Public. */
export const childrenRoute = publicProcedure
  .meta(anyone)
  .input(ZRegionChildrenInput)
  .query(({ ctx, input }) => regionChildren(ctx.db, input.code));
