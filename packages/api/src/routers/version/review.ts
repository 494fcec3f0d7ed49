import { z } from "zod";
import { districtMembers } from "../../procedure-access.ts";
import { reviewVersions } from "../../services/program/review.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZReviewVersionsInput = z.object({ fromVersionId: ZId, toVersionId: ZId });

/**
 * The reviewer's comparison of two versions (or a draft and the program it came from): clauses
 * aligned with redline and change sentences, the cost of both with the headline, who gains and
 * who loses. Members of the districts.
 */
export const reviewRoute = authedProcedure
  .meta(districtMembers)
  .input(ZReviewVersionsInput)
  .query(({ ctx, input }) => reviewVersions(ctx.db, ctx.auth, input));
