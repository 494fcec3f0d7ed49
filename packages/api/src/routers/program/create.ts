import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { createProgram } from "../../services/program/versions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZDraftDocument, ZRegionCode } from "../shared.ts";

export const ZCreateProgramInput = z.object({
  regionCode: ZRegionCode,
  /** the program's address on the portal, unique in its district */
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "标识只能包含小写字母、数字和连字符，2到63位"),
  title: z.string().trim().min(1, "请填写方案标题").max(200),
  document: ZDraftDocument.optional(),
});

/** A new program with draft version 1. Drafters of the district. */
export const createRoute = authedProcedure
  .meta(rolesIn(["drafter"]))
  .input(ZCreateProgramInput)
  .mutation(({ ctx, input }) => createProgram(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
