import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { saveDraft } from "../../services/program/versions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZDraftDocument, ZId, ZRevision } from "../shared.ts";

export const ZSaveVersionInput = z.object({
  programId: ZId,
  /** the version the editor loaded (program's latest) */
  baseVersionId: ZId,
  /** its revision as loaded; a stale one gets REVISION_CONFLICT with the server's version */
  baseRevision: ZRevision,
  document: ZDraftDocument,
});

/**
 * Save the draft: updates the latest draft in place, or starts the next draft version when the
 * latest is frozen (named snapshot or published). Drafters of the district.
 */
export const saveRoute = authedProcedure
  .meta(rolesIn(["drafter"]))
  .input(ZSaveVersionInput)
  .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
