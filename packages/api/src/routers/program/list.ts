import { z } from "zod";
import { districtMembers } from "../../procedure-access.ts";
import { listPrograms } from "../../services/program/queries.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZListProgramsInput = z.object({ regionCode: ZRegionCode });

/** A district's programs in every state, with latest and published version. Members only. */
export const listRoute = authedProcedure
  .meta(districtMembers)
  .input(ZListProgramsInput)
  .query(({ ctx, input }) => listPrograms(ctx.db, ctx.auth, input.regionCode));
