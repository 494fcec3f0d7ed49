import type { Db } from "@jiangce/db";
import { loadSession, SESSION_COOKIE, type SessionInfo } from "./services/auth/session.ts";

/** What the api asks of a cookie jar; shaped like @fastify/cookie's options (maxAge in seconds). */
export interface CookieOptions {
  httpOnly: boolean;
  sameSite: "lax" | "strict";
  secure: boolean;
  path: string;
  maxAge: number;
}

/**
 * Everything the api needs from the HTTP layer, as plain functions, so this package stays
 * framework-agnostic: the server (fastify) adapts its request/reply to these.
 */
export interface CreateContextOptions {
  db: Db;
  /** Client address, used for login rate limiting. */
  ip: string;
  getCookie: (name: string) => string | undefined;
  /** Header lookup; names are lower-case (`x-csrf-token`). */
  getHeader: (name: string) => string | undefined;
  setCookie: (name: string, value: string, options: CookieOptions) => void;
  /** Set the Secure flag on the session cookie (behind HTTPS). Default false. */
  secureCookies?: boolean;
  /** Clock, injectable for tests of rate limits and expiry. */
  now?: () => Date;
}

export interface Context {
  db: Db;
  ip: string;
  now: () => Date;
  getHeader: (name: string) => string | undefined;
  /** The caller's session, looked up once on first use (public reads never touch the table). */
  session: () => Promise<SessionInfo | null>;
  setSessionCookie: (token: string, expiresAt: Date) => void;
  clearSessionCookie: () => void;
}

export function createContext(options: CreateContextOptions): Context {
  const now = options.now ?? (() => new Date());
  let pending: Promise<SessionInfo | null> | undefined;
  const cookieBase = {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: options.secureCookies ?? false,
    path: "/",
  };
  return {
    db: options.db,
    ip: options.ip,
    now,
    getHeader: options.getHeader,
    session: () => {
      pending ??= loadSession(options.db, options.getCookie(SESSION_COOKIE), now());
      return pending;
    },
    setSessionCookie: (token, expiresAt) => {
      const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now().getTime()) / 1000));
      options.setCookie(SESSION_COOKIE, token, { ...cookieBase, maxAge });
    },
    clearSessionCookie: () => {
      options.setCookie(SESSION_COOKIE, "", { ...cookieBase, maxAge: 0 });
    },
  };
}
