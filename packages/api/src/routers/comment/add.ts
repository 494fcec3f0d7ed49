import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { addComment } from "../../services/comment/comments.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZAddCommentInput = z.object({
  versionId: ZId,
  /** the `id` of a clause in that version's document */
  clauseId: z.string().min(1).max(100),
  body: z.string().trim().min(1, "批注内容不能为空").max(4000),
});

/** Comment on one clause of a version. Drafters, reviewers and publishers of the district. */
export const addRoute = authedProcedure
  .meta(rolesIn(["drafter", "reviewer", "publisher"]))
  .input(ZAddCommentInput)
  .mutation(({ ctx, input }) => addComment(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
