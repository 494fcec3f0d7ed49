import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { transitionVersion } from "../../services/program/transitions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZNote, ZRevision } from "../shared.ts";

export const ZExpireVersionInput = z.object({ versionId: ZId, revision: ZRevision, note: ZNote });

/** Take the published version off the portal (废止/失效). Publishers. */
export const expireRoute = authedProcedure
  .meta(rolesIn(["publisher"]))
  .input(ZExpireVersionInput)
  .mutation(({ ctx, input }) =>
    transitionVersion(ctx.db, ctx.auth, { ...input, action: "expire", now: ctx.now() }),
  );
