import { z } from "zod";
import { rosterStaff } from "../../procedure-access.ts";
import { getRun } from "../../services/roster/runs.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

/** A run's status, progress (rows read) and, when done, its totals, failed lines and unknown values. */
export const getRoute = authedProcedure
  .meta(rosterStaff)
  .input(z.object({ runId: ZId }))
  .query(({ ctx, input }) => getRun(ctx.db, ctx.auth, input.runId));
