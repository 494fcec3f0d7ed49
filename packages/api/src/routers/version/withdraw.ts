import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { transitionVersion } from "../../services/program/transitions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZNote, ZRevision } from "../shared.ts";

export const ZWithdrawVersionInput = z.object({ versionId: ZId, revision: ZRevision, note: ZNote });

/** Take a version back from review to draft. Drafters. */
export const withdrawRoute = authedProcedure
  .meta(rolesIn(["drafter"]))
  .input(ZWithdrawVersionInput)
  .mutation(({ ctx, input }) =>
    transitionVersion(ctx.db, ctx.auth, { ...input, action: "withdraw", now: ctx.now() }),
  );
