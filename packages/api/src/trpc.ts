import { initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import type { Context } from "./context.ts";
import { AppError } from "./errors.ts";
import { verifyCsrf } from "./services/auth/csrf.ts";

// Validation messages are shown to Chinese users.
z.config(z.locales.zhCN());

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    if (error instanceof AppError) {
      return {
        ...shape,
        data: { ...shape.data, appCode: error.appCode, details: error.details ?? null },
      };
    }
    if (error.cause instanceof ZodError) {
      const issues = error.cause.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
      const first = issues[0];
      return {
        ...shape,
        message: first ? `输入不合法：${first.path || "(根)"} ${first.message}` : "输入不合法",
        data: { ...shape.data, appCode: "INPUT_INVALID", details: { issues } },
      };
    }
    return { ...shape, data: { ...shape.data, appCode: null, details: null } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. Used for the portal, regions, health and login. */
export const publicProcedure = t.procedure;

/**
 * A signed-in user. Mutations also need the double-submit CSRF header: `x-csrf-token` equal to
 * the session's token (returned by `auth.me`). Role checks per district happen in the services.
 */
export const authedProcedure = t.procedure.use(async ({ ctx, type, next }) => {
  const session = await ctx.session();
  if (!session) throw new AppError("UNAUTHENTICATED");
  if (type === "mutation") verifyCsrf(ctx.getHeader("x-csrf-token"), session.csrfToken);
  return next({ ctx: { ...ctx, auth: session } });
});
