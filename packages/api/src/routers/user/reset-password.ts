import { z } from "zod";
import { districtAdmins } from "../../procedure-access.ts";
import { resetPassword } from "../../services/user/users.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZNewPassword } from "../shared.ts";

export const ZResetPasswordInput = z.object({ userId: ZId, newPassword: ZNewPassword });

/** Set a new password for an account (signs it out everywhere). Admins over all its districts. */
export const resetPasswordRoute = authedProcedure
  .meta(districtAdmins)
  .input(ZResetPasswordInput)
  .mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
