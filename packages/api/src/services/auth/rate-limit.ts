import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import type { Tx } from "../db-types.ts";

/** Failed logins tolerated per window before refusing, per username and per client address. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_IP = 20;

export const userKey = (username: string) => `user:${username}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/**
 * Refuse a login when the username or the address has too many recent failures. A successful
 * login clears the username's count (the owner got in); the address count only ages out, so an
 * attacker cannot reset it by logging into an account of their own.
 */
export async function assertLoginAllowed(
  db: Db,
  username: string,
  ip: string,
  now: Date,
): Promise<void> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { key: userKey(username), succeeded: true, at: { gt: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const userSince = lastSuccess ? lastSuccess.at : windowStart;
  await check(db, userKey(username), userSince, MAX_FAILURES_PER_USER, now, "该账号");
  await check(db, ipKey(ip), windowStart, MAX_FAILURES_PER_IP, now, "您所在的网络地址");
}

async function check(
  db: Db,
  key: string,
  since: Date,
  limit: number,
  now: Date,
  who: string,
): Promise<void> {
  const failures = await db.loginAttempt.findMany({
    where: { key, succeeded: false, at: { gt: since } },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true },
  });
  if (failures.length < limit) return;
  // The oldest of the last `limit` failures leaves the window first.
  const oldest = failures[failures.length - 1]!.at;
  const waitMs = oldest.getTime() + LOGIN_WINDOW_MS - now.getTime();
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  throw new AppError("RATE_LIMITED", `${who}登录失败次数过多，请${minutes}分钟后再试`, {
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}

export async function recordLoginAttempt(
  tx: Tx | Db,
  username: string,
  ip: string,
  succeeded: boolean,
  at: Date,
): Promise<void> {
  await tx.loginAttempt.createMany({
    data: [
      { key: userKey(username), succeeded, at },
      { key: ipKey(ip), succeeded, at },
    ],
  });
}
