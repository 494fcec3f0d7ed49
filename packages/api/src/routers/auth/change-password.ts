import { z } from "zod";
import { signedIn } from "../../procedure-access.ts";
import { changePassword } from "../../services/auth/change-password.ts";
import { PASSWORD_MIN_LENGTH } from "../../services/auth/password.ts";
import { authedProcedure } from "../../trpc.ts";

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(PASSWORD_MIN_LENGTH, `新密码至少${PASSWORD_MIN_LENGTH}位`).max(256),
});

/** Changes the caller's password; other sessions of the user are signed out. */
export const changePasswordRoute = authedProcedure
  .meta(signedIn)
  .input(ZChangePasswordInput)
  .mutation(({ ctx, input }) =>
    changePassword(ctx.db, { auth: ctx.auth, ...input, now: ctx.now() }),
  );
