import { z } from "zod";
import { districtAdmins } from "../../procedure-access.ts";
import { listUsers } from "../../services/user/users.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZListUsersInput = z.object({ regionCode: ZRegionCode });

/** Accounts with a role in the district, with those roles. Admins of it or above. */
export const listRoute = authedProcedure
  .meta(districtAdmins)
  .input(ZListUsersInput)
  .query(({ ctx, input }) => listUsers(ctx.db, ctx.auth, input.regionCode));
