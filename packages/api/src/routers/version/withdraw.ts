import { z } from "zod";
import { transitionVersion } from "../../services/program/transitions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZNote, ZRevision } from "../shared.ts";

export const ZWithdrawVersionInput = z.object({ versionId: ZId, revision: ZRevision, note: ZNote });

/** Take a version back from review to draft. Drafters. */
export const withdrawRoute = authedProcedure
  .input(ZWithdrawVersionInput)
  .mutation(({ ctx, input }) =>
    transitionVersion(ctx.db, ctx.auth, { ...input, action: "withdraw", now: ctx.now() }),
  );
