import { z } from "zod";
import { districtMembers } from "../../procedure-access.ts";
import { getProgram } from "../../services/program/queries.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZGetProgramInput = z.object({ programId: ZId });

/** A program and the metadata of all its versions, newest first. Members only. */
export const getRoute = authedProcedure
  .meta(districtMembers)
  .input(ZGetProgramInput)
  .query(({ ctx, input }) => getProgram(ctx.db, ctx.auth, input.programId));
