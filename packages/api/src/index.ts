export type { Context, CookieOptions, CreateContextOptions } from "./context.ts";
export { createContext } from "./context.ts";
export { APP_ERRORS, AppError, type AppErrorCode, appCodeOf } from "./errors.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { CSRF_HEADER } from "./services/auth/csrf.ts";
export { hashPassword, verifyPassword } from "./services/auth/password.ts";
export { SESSION_COOKIE } from "./services/auth/session.ts";
export {
  invalidatePortal,
  PORTAL_CACHE_TTL_MS,
  portalEpoch,
} from "./services/portal/portal-cache.ts";

import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter as Router } from "./root.ts";
/** What each procedure takes and answers, for the apps (types only). */
export type RouterInputs = inferRouterInputs<Router>;
export type RouterOutputs = inferRouterOutputs<Router>;
