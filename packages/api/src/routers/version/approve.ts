import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { transitionVersion } from "../../services/program/transitions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZNote, ZRevision } from "../shared.ts";

export const ZApproveVersionInput = z.object({ versionId: ZId, revision: ZRevision, note: ZNote });

/** Approve a version in review; the document must be a valid program. Reviewers. */
export const approveRoute = authedProcedure
  .meta(rolesIn(["reviewer"]))
  .input(ZApproveVersionInput)
  .mutation(({ ctx, input }) =>
    transitionVersion(ctx.db, ctx.auth, { ...input, action: "approve", now: ctx.now() }),
  );
