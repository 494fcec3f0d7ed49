import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { login } from "../../services/auth/login.ts";
import { describeSession } from "../../services/auth/me.ts";
import { loadSession } from "../../services/auth/session.ts";
import { publicProcedure } from "../../trpc.ts";

export const ZLoginInput = z.object({
  username: z.string().trim().toLowerCase().min(1, "请输入用户名").max(64),
  password: z.string().min(1, "请输入密码").max(256),
});

/**
 * Password login. Sets the http-only, SameSite=Lax session cookie and returns what `auth.me`
 * returns (user, memberships, CSRF token). Rate limited per username and per address.
 * The only mutation without a CSRF header: there is no session yet to hold a token.
 */
export const loginRoute = publicProcedure
  .meta(anyone)
  .input(ZLoginInput)
  .mutation(async ({ ctx, input }) => {
    const result = await login(ctx.db, { ...input, ip: ctx.ip, now: ctx.now() });
    ctx.setSessionCookie(result.token, result.expiresAt);
    const session = await loadSession(ctx.db, result.token, ctx.now());
    if (!session) throw new Error("session vanished right after login");
    return describeSession(ctx.db, session);
  });
