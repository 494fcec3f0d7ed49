import { z } from "zod";
import { rosterStaff } from "../../procedure-access.ts";
import { listRuns } from "../../services/roster/runs.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

/** The district's recent runs, newest first. */
export const listRoute = authedProcedure
  .meta(rosterStaff)
  .input(z.object({ regionCode: ZRegionCode }))
  .query(({ ctx, input }) => listRuns(ctx.db, ctx.auth, input.regionCode));
