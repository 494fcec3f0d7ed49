import { z } from "zod";
import { transitionVersion } from "../../services/program/transitions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZNote, ZRevision } from "../shared.ts";

export const ZReturnVersionInput = z.object({ versionId: ZId, revision: ZRevision, note: ZNote });

/** Return a version in review (reviewers) or approved (reviewers, publishers) for revision, with a note. */
export const returnRoute = authedProcedure
  .input(ZReturnVersionInput)
  .mutation(({ ctx, input }) =>
    transitionVersion(ctx.db, ctx.auth, { ...input, action: "return", now: ctx.now() }),
  );
