import { z } from "zod";
import { districtAdmins } from "../../procedure-access.ts";
import { revokeMembership } from "../../services/user/users.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZRevokeMembershipInput = z.object({ membershipId: ZId });

/** Take a role away. Admins of the district or above; not one's own admin role. */
export const revokeRoute = authedProcedure
  .meta(districtAdmins)
  .input(ZRevokeMembershipInput)
  .mutation(({ ctx, input }) => revokeMembership(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
