import { z } from "zod";
import { districtMembers } from "../../procedure-access.ts";
import { compareVersions } from "../../services/program/queries.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZCompareVersionsInput = z.object({ fromVersionId: ZId, toVersionId: ZId });

/**
 * What changed between two versions of one program, for reviewers: clauses added / removed /
 * changed (texts before and after), benefits whose amounts or tiers changed, and other changed
 * places of the document. Members of the district.
 */
export const compareRoute = authedProcedure
  .meta(districtMembers)
  .input(ZCompareVersionsInput)
  .query(({ ctx, input }) => compareVersions(ctx.db, ctx.auth, input));
