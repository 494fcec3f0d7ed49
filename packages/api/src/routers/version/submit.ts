import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { transitionVersion } from "../../services/program/transitions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZNote, ZRevision } from "../shared.ts";

export const ZSubmitVersionInput = z.object({ versionId: ZId, revision: ZRevision, note: ZNote });

/** Send the latest draft (or returned version) for review; the document must be a valid program. Drafters. */
export const submitRoute = authedProcedure
  .meta(rolesIn(["drafter"]))
  .input(ZSubmitVersionInput)
  .mutation(({ ctx, input }) =>
    transitionVersion(ctx.db, ctx.auth, { ...input, action: "submit", now: ctx.now() }),
  );
