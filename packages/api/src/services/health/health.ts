import type { Db } from "@jiangce/db";

export async function healthCheck(db: Db, now: Date) {
  // A round trip proves the database answers, not just that the process is up.
  await db.$queryRaw`SELECT 1`;
  return { ok: true as const, dialect: db.dialect, time: now.toISOString() };
}
