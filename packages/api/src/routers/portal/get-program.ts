import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { getPublishedProgram } from "../../services/portal/portal.ts";
import { publicProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZGetProgramInput = z.object({ programId: ZId });

/**
 * A published program's document and content hash, or, when its last live version expired, that
 * version (`archived: true`, readable). Public; NOT_FOUND when never published.
 */
export const getProgramRoute = publicProcedure
  .meta(anyone)
  .input(ZGetProgramInput)
  .query(({ ctx, input }) => getPublishedProgram(ctx.db, input.programId));
