import { z } from "zod";
import { rosterStaff } from "../../procedure-access.ts";
import { runRows } from "../../services/roster/runs.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

/** A page of a finished run's per-row results (what each row qualifies for, amount, clause). */
export const rowsRoute = authedProcedure
  .meta(rosterStaff)
  .input(
    z.object({
      runId: ZId,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      payingOnly: z.boolean().default(false),
    }),
  )
  .query(({ ctx, input }) => runRows(ctx.db, ctx.auth, input));
