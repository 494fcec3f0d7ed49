import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { confirmRun } from "../../services/roster/runs.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

/** Keep the list: every paying row except those unticked; reviewer or publisher; audited. */
export const confirmRoute = authedProcedure
  .meta(rolesIn(["reviewer", "publisher"]))
  .input(
    z.object({
      runId: ZId,
      excludeLines: z.array(z.number().int().min(1)).max(200_000).default([]),
    }),
  )
  .mutation(({ ctx, input }) => confirmRun(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
