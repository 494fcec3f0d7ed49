import { z } from "zod";
import { districtAdmins } from "../../procedure-access.ts";
import { grantMembership } from "../../services/user/users.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZRegionCode, ZRole } from "../shared.ts";

export const ZGrantMembershipInput = z.object({
  userId: ZId,
  regionCode: ZRegionCode,
  role: ZRole,
});

/** Give an account a role in a district. Admins of the district or above. */
export const grantRoute = authedProcedure
  .meta(districtAdmins)
  .input(ZGrantMembershipInput)
  .mutation(({ ctx, input }) => grantMembership(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
