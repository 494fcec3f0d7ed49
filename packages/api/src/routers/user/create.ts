import { z } from "zod";
import { districtAdmins } from "../../procedure-access.ts";
import { createUser } from "../../services/user/users.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZNewPassword, ZRegionCode, ZRole, ZUsername } from "../shared.ts";

export const ZCreateUserInput = z.object({
  username: ZUsername,
  displayName: z.string().trim().min(1, "请填写姓名").max(100),
  password: ZNewPassword,
  /** the first role of the account, in a district the admin covers */
  regionCode: ZRegionCode,
  role: ZRole,
});

/** Create an account with its first role. Admins of the district or above. */
export const createRoute = authedProcedure
  .meta(districtAdmins)
  .input(ZCreateUserInput)
  .mutation(({ ctx, input }) => createUser(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
