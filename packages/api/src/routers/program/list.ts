import { z } from "zod";
import { listPrograms } from "../../services/program/queries.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZListProgramsInput = z.object({ regionCode: ZRegionCode });

/** A district's programs in every state, with latest and published version. Members only. */
export const listRoute = authedProcedure
  .input(ZListProgramsInput)
  .query(({ ctx, input }) => listPrograms(ctx.db, ctx.auth, input.regionCode));
