import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { getPublishedProgram } from "../../services/portal/portal.ts";
import { publicProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZGetProgramInput = z.object({ programId: ZId });

/** A published program's document and content hash. Public; NOT_FOUND when unpublished. */
export const getProgramRoute = publicProcedure
  .meta(anyone)
  .input(ZGetProgramInput)
  .query(({ ctx, input }) => getPublishedProgram(ctx.db, input.programId));
