import { z } from "zod";
import { rosterStaff } from "../../procedure-access.ts";
import { discardRun } from "../../services/roster/runs.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

/** Drop a finished run's results without keeping a list. */
export const discardRoute = authedProcedure
  .meta(rosterStaff)
  .input(z.object({ runId: ZId }))
  .mutation(({ ctx, input }) => discardRun(ctx.db, ctx.auth, input.runId, ctx.now()));
