import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { requireRole } from "../access/access.ts";
import type { Role } from "../access/roles.ts";
import { verifyCsrf } from "../auth/csrf.ts";
import { loadSession, SESSION_COOKIE, type SessionInfo } from "../auth/session.ts";

/** District staff run rosters and keep their mapping; a list is confirmed by review. */
export const ROSTER_RUN_ROLES: readonly Role[] = ["drafter", "reviewer", "publisher"];
export const ROSTER_CONFIRM_ROLES: readonly Role[] = ["reviewer", "publisher"];

/**
 * For the HTTP routes outside tRPC (the streamed upload, the download): the same checks as an
 * authed mutation — a session, the CSRF header (uploads), a role in the district.
 */
export async function authorizeRoster(
  db: Db,
  request: {
    getCookie(name: string): string | undefined;
    getHeader(name: string): string | undefined;
  },
  regionCode: string | null,
  options: { mutation: boolean; roles: readonly Role[]; now: Date },
): Promise<SessionInfo> {
  const session = await loadSession(db, request.getCookie(SESSION_COOKIE), options.now);
  if (!session) throw new AppError("UNAUTHENTICATED");
  if (options.mutation) verifyCsrf(request.getHeader("x-csrf-token"), session.csrfToken);
  // without a district (a download by list id) the service checks the role on the list's own
  if (regionCode !== null) await requireRole(db, session, regionCode, options.roles);
  return session;
}
