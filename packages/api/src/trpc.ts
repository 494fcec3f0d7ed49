import { isImmutableRecordError } from "@jiangce/db";
import { initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import type { Context } from "./context.ts";
import { AppError } from "./errors.ts";
import type { ProcedureMeta } from "./procedure-access.ts";
import { verifyCsrf } from "./services/auth/csrf.ts";

// Validation messages are shown to Chinese users.
z.config(z.locales.zhCN());

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    // Stack traces go to the server log, never to browsers (unless developing).
    isDev: process.env.NODE_ENV === "development",
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
      if (error.code === "INTERNAL_SERVER_ERROR") {
        // Driver and engine messages are not for users (and may reveal internals).
        return {
          ...shape,
          message: "服务器内部错误，请稍后重试",
          data: { ...shape.data, appCode: null, details: null },
        };
      }
      return { ...shape, data: { ...shape.data, appCode: null, details: null } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Anyone, signed in or not. Used for the portal, regions, health and login.
 * A database trigger refusing to change a published version or an audit entry (a race the
 * service checks lost) surfaces as the typed VERSION_IMMUTABLE, not as a server error.
 */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && isImmutableRecordError(result.error.cause)) {
    throw new AppError("VERSION_IMMUTABLE", "已发布的版本和审计记录不可修改");
  }
  return result;
});

/**
 * A signed-in user. Mutations also need the double-submit CSRF header: `x-csrf-token` equal to
 * the session's token (returned by `auth.me`). Role checks per district happen in the services.
 */
export const authedProcedure = publicProcedure.use(async ({ ctx, type, next }) => {
  const session = await ctx.session();
  if (!session) throw new AppError("UNAUTHENTICATED");
  if (type === "mutation") verifyCsrf(ctx.getHeader("x-csrf-token"), session.csrfToken);
  return next({ ctx: { ...ctx, auth: session } });
});
