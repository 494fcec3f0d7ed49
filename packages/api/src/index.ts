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
export {
  authorizeRoster,
  ROSTER_CONFIRM_ROLES,
  ROSTER_RUN_ROLES,
} from "./services/roster/access.ts";
export { exportList as exportRosterList } from "./services/roster/export.ts";
export { rosterJobs, startRosterJobs, stopRosterJobs } from "./services/roster/jobs.ts";
export { acceptUpload as acceptRosterUpload } from "./services/roster/uploads.ts";
