import { randomUUID } from "node:crypto";
import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import type { Tx } from "../db-types.ts";

/**
 * Password guesses (logins and password changes) are limited by counters in the database, so
 * every server process sees the same counts. Three limits, all over failed attempts:
 *
 * - per account AND address: 5 failures in 15 minutes (a success from that address clears
 *   them). This is the limit a stranger meets; it does not touch the owner elsewhere.
 * - per address: 20 failures in 15 minutes across accounts (one address spraying accounts).
 * - per account across all addresses: 20 failures an hour. It bounds guesses spread over many
 *   addresses, but spares the addresses the owner has signed in from in the last 30 days, so
 *   nobody can lock the owner out of their usual place by failing on purpose.
 *
 * An attempt is reserved (written as a failure) before the password is checked, in a transaction
 * that holds a lock on the account and the address: parallel calls (a batch of nine logins)
 * queue on that lock and each sees the ones before it, so none can race past a limit.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_PAIR = 5;
export const MAX_FAILURES_PER_IP = 20;
export const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 20;
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;

export const userKey = (username: string) => `user:${username}`;
export const ipKey = (ip: string) => `ip:${ip}`;
/** An address never contains "@", so the last "@" separates the two unambiguously. */
export const pairKey = (username: string, ip: string) => `pair:${username}@${ip}`;

/** The rows written for one attempt; settled as a success when the password was right. */
export interface Reservation {
  ids: string[];
}

export async function reserveAttempt(
  db: Db,
  input: { username: string; ip: string; now: Date },
): Promise<Reservation> {
  const { username, ip, now } = input;
  const keys = [userKey(username), ipKey(ip), pairKey(username, ip)];
  return db.$transaction(async (tx) => {
    await lockKeys(tx, db.dialect, [ipKey(ip), userKey(username)]);
    await assertAllowed(tx, username, ip, now);
    const rows = keys.map((key) => ({ id: randomUUID(), key, succeeded: false, at: now }));
    await tx.loginAttempt.createMany({ data: rows });
    return { ids: rows.map((row) => row.id) };
  });
}

/** The password was right: the reserved attempt becomes a success (clears the pair's count). */
export async function settleSuccess(tx: Tx, reservation: Reservation): Promise<void> {
  await tx.loginAttempt.updateMany({
    where: { id: { in: reservation.ids } },
    data: { succeeded: true },
  });
}

/**
 * Attempts (failed or not) from one address since `since`, any account, and when the oldest of
 * them was made: the HTTP layer's early per-address check, before a body is even read.
 */
export async function recentAttemptsFrom(
  db: Db,
  ip: string,
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const where = { key: ipKey(ip), at: { gt: since } };
  const [count, oldest] = await Promise.all([
    db.loginAttempt.count({ where }),
    db.loginAttempt.findFirst({ where, orderBy: { at: "asc" }, select: { at: true } }),
  ]);
  return { count, oldest: oldest?.at ?? null };
}

/**
 * Attempts older than the longest look-back (known addresses) no longer decide anything;
 * the server deletes them now and then so the table stays small. Returns how many went.
 */
export async function pruneLoginAttempts(db: Db, now: Date): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({
    where: { at: { lt: new Date(now.getTime() - KNOWN_ADDRESS_MS) } },
  });
  return count;
}

/**
 * PostgreSQL: transaction-scoped advisory locks, always taken in sorted order (no deadlock).
 * SQLite: one process, whose transactions already run one at a time on its one connection.
 */
async function lockKeys(tx: Tx, dialect: Db["dialect"], keys: string[]): Promise<void> {
  if (dialect !== "postgresql") return;
  for (const key of [...keys].sort()) {
    await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", key);
  }
}

async function assertAllowed(tx: Tx, username: string, ip: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  await check(
    tx,
    ipKey(ip),
    windowStart,
    MAX_FAILURES_PER_IP,
    LOGIN_WINDOW_MS,
    now,
    "您所在的网络地址",
  );

  const pair = pairKey(username, ip);
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { key: pair, succeeded: true, at: { gt: new Date(now.getTime() - KNOWN_ADDRESS_MS) } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const pairSince = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  await check(tx, pair, pairSince, MAX_FAILURES_PER_PAIR, LOGIN_WINDOW_MS, now, "该账号");

  // the owner's usual addresses are not subject to the account-wide ceiling
  if (lastSuccess) return;
  const accountSince = new Date(now.getTime() - ACCOUNT_WINDOW_MS);
  await check(
    tx,
    userKey(username),
    accountSince,
    MAX_FAILURES_PER_ACCOUNT,
    ACCOUNT_WINDOW_MS,
    now,
    "该账号近期",
  );
}

async function check(
  tx: Tx,
  key: string,
  since: Date,
  limit: number,
  windowMs: number,
  now: Date,
  who: string,
): Promise<void> {
  const failures = await tx.loginAttempt.findMany({
    where: { key, succeeded: false, at: { gt: since } },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true },
  });
  if (failures.length < limit) return;
  // The oldest of the last `limit` failures leaves the window first.
  const oldest = failures[failures.length - 1]!.at;
  const waitMs = oldest.getTime() + windowMs - now.getTime();
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  throw new AppError("RATE_LIMITED", `${who}登录失败次数过多，请${minutes}分钟后再试`, {
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}
