import { signedIn } from "../../procedure-access.ts";
import { logout } from "../../services/auth/login.ts";
import { authedProcedure } from "../../trpc.ts";

/** Ends the session (deleted server-side) and clears the cookie. */
export const logoutRoute = authedProcedure.meta(signedIn).mutation(async ({ ctx }) => {
  await logout(ctx.db, { sessionId: ctx.auth.sessionId, userId: ctx.auth.user.id, now: ctx.now() });
  ctx.clearSessionCookie();
  return { ok: true as const };
});
