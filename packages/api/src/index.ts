export type { Context, CookieOptions, CreateContextOptions } from "./context.ts";
export { createContext } from "./context.ts";
export { APP_ERRORS, AppError, type AppErrorCode, appCodeOf } from "./errors.ts";
export type { Access, ProcedureMeta } from "./procedure-access.ts";
export {
  type AppRouter,
  appRouter,
  createCaller,
  type RouterInputs,
  type RouterOutputs,
} from "./root.ts";
export { CSRF_HEADER } from "./services/auth/csrf.ts";
export { hashPassword, verifyPassword } from "./services/auth/password.ts";
export { pruneLoginAttempts, recentAttemptsFrom } from "./services/auth/rate-limit.ts";
export { SESSION_COOKIE } from "./services/auth/session.ts";
export {
  invalidatePortal,
  listenForPortalChanges,
  PORTAL_CACHE_LISTENING_TTL_MS,
  PORTAL_CACHE_TTL_MS,
  PORTAL_CHANNEL,
  portalCacheTtlMs,
  portalEpoch,
} from "./services/portal/portal-cache.ts";
