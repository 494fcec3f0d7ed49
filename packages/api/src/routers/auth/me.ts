import { anyone } from "../../procedure-access.ts";
import { describeSession } from "../../services/auth/me.ts";
import { publicProcedure } from "../../trpc.ts";

/** The signed-in user, memberships (with region names) and CSRF token; null when anonymous. */
export const meRoute = publicProcedure.meta(anyone).query(async ({ ctx }) => {
  const session = await ctx.session();
  return session ? describeSession(ctx.db, session) : null;
});
