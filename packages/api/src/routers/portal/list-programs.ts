import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { listPublishedPrograms } from "../../services/portal/portal.ts";
import { publicProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZListProgramsInput = z.object({
  regionCode: ZRegionCode,
  /** also programs whose last live version expired, kept readable (`archived: true`) */
  withArchived: z.boolean().optional(),
});

/**
 * The published programs that apply in a region: its own and its ancestors' (`inherited: true`),
 * and with `withArchived` the expired ones kept readable. Public; reads published snapshots only.
 */
export const listProgramsRoute = publicProcedure
  .meta(anyone)
  .input(ZListProgramsInput)
  .query(({ ctx, input }) =>
    listPublishedPrograms(ctx.db, input.regionCode, { withArchived: input.withArchived }),
  );
