import { copyProgram } from "../../services/program/copy.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZRegionCode } from "../shared.ts";
import { ZCreateProgramInput } from "./create.ts";

export const ZCopyProgramInput = ZCreateProgramInput.pick({
  regionCode: true,
  slug: true,
  title: true,
}).extend({
  /** a published program of any district */
  sourceProgramId: ZId,
  regionCode: ZRegionCode,
});

/** A new draft program copied from a published one; records its origin. Drafters. */
export const copyRoute = authedProcedure
  .input(ZCopyProgramInput)
  .mutation(({ ctx, input }) => copyProgram(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
