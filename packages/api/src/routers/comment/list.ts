import { z } from "zod";
import { districtMembers } from "../../procedure-access.ts";
import { listComments } from "../../services/comment/comments.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZListCommentsInput = z.object({
  versionId: ZId,
  clauseId: z.string().min(1).max(100).optional(),
});

/** Comments on a version (optionally one clause), oldest first. Members of the district. */
export const listRoute = authedProcedure
  .meta(districtMembers)
  .input(ZListCommentsInput)
  .query(({ ctx, input }) => listComments(ctx.db, ctx.auth, input));
