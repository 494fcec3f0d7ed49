import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { resolveComment } from "../../services/comment/comments.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZResolveCommentInput = z.object({ commentId: ZId });

/** Mark a comment resolved. Drafters, reviewers and publishers of the district. */
export const resolveRoute = authedProcedure
  .meta(rolesIn(["drafter", "reviewer", "publisher"]))
  .input(ZResolveCommentInput)
  .mutation(({ ctx, input }) => resolveComment(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
