import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { listPublishedPrograms } from "../../services/portal/portal.ts";
import { publicProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZListProgramsInput = z.object({ regionCode: ZRegionCode });

/**
 * The published programs that apply in a region: its own and its ancestors' (`inherited: true`).
 * Public; reads the published snapshot only.
 */
export const listProgramsRoute = publicProcedure
  .meta(anyone)
  .input(ZListProgramsInput)
  .query(({ ctx, input }) => listPublishedPrograms(ctx.db, input.regionCode));
