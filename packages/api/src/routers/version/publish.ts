import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { transitionVersion } from "../../services/program/transitions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZNote, ZRevision } from "../shared.ts";

export const ZPublishVersionInput = z.object({ versionId: ZId, revision: ZRevision, note: ZNote });

/** Publish an approved version: one transaction switches the portal to it and supersedes the previous one. Publishers. */
export const publishRoute = authedProcedure
  .meta(rolesIn(["publisher"]))
  .input(ZPublishVersionInput)
  .mutation(({ ctx, input }) =>
    transitionVersion(ctx.db, ctx.auth, { ...input, action: "publish", now: ctx.now() }),
  );
