import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { transitionVersion } from "../../services/program/transitions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZNote, ZRevision } from "../shared.ts";

export const ZReturnVersionInput = z.object({ versionId: ZId, revision: ZRevision, note: ZNote });

/** Return a version in review (reviewers) or approved (reviewers, publishers) for revision, with a note. */
export const returnRoute = authedProcedure
  .meta(
    rolesIn(["reviewer", "publisher"], {
      in_review: ["reviewer"],
      approved: ["reviewer", "publisher"],
    }),
  )
  .input(ZReturnVersionInput)
  .mutation(({ ctx, input }) =>
    transitionVersion(ctx.db, ctx.auth, { ...input, action: "return", now: ctx.now() }),
  );
