import { z } from "zod";
import { discardRun } from "../../services/roster/runs.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

/** Drop a finished run's results without keeping a list. */
export const discardRoute = authedProcedure
  .input(z.object({ runId: ZId }))
  .mutation(({ ctx, input }) => discardRun(ctx.db, ctx.auth, input.runId, ctx.now()));
