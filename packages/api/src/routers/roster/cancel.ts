import { z } from "zod";
import { rosterStaff } from "../../procedure-access.ts";
import { cancelRun } from "../../services/roster/runs.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

/** Stop a queued or running run (whichever process works on it notices). */
export const cancelRoute = authedProcedure
  .meta(rosterStaff)
  .input(z.object({ runId: ZId }))
  .mutation(({ ctx, input }) => cancelRun(ctx.db, ctx.auth, input.runId, ctx.now()));
