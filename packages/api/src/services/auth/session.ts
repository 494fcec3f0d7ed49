import type { Db } from "@jiangce/db";
import type { Role } from "../access/roles.ts";
import type { Tx } from "../db-types.ts";
import { newToken, sha256Hex } from "./tokens.ts";

export const SESSION_COOKIE = "jiangce_session";
/** Absolute session lifetime: a working day and a half. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface SessionMembership {
  regionCode: string;
  role: Role;
}

export interface SessionInfo {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  user: { id: string; username: string; displayName: string };
  memberships: SessionMembership[];
}

/** Resolve a cookie token to a live session of an enabled user, or null. */
export async function loadSession(
  db: Db,
  token: string | undefined,
  now: Date,
): Promise<SessionInfo | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({
    where: { id: sha256Hex(token) },
    include: {
      user: {
        select: {
          id: true,
          username: true,
          displayName: true,
          disabledAt: true,
          memberships: { select: { regionCode: true, role: true } },
        },
      },
    },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  const { memberships, disabledAt: _disabled, ...user } = session.user;
  return {
    sessionId: session.id,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    user,
    memberships: memberships.map((m) => ({ regionCode: m.regionCode, role: m.role as Role })),
  };
}

export async function createSession(tx: Tx, userId: string, now: Date) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  const session = await tx.session.create({
    data: { id: sha256Hex(token), userId, csrfToken: newToken(), createdAt: now, expiresAt },
  });
  return { token, sessionId: session.id, csrfToken: session.csrfToken, expiresAt };
}
