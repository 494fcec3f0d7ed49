import { z } from "zod";
import { districtMembers } from "../../procedure-access.ts";
import { getVersion } from "../../services/program/queries.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZGetVersionInput = z.object({ versionId: ZId });

/** One version with its document (the editor loads this; `revision` goes back with saves). */
export const getRoute = authedProcedure
  .meta(districtMembers)
  .input(ZGetVersionInput)
  .query(({ ctx, input }) => getVersion(ctx.db, ctx.auth, input.versionId));
