import type { Db } from "@jiangce/db";
import { programDocument, programWindow, todayInChina } from "@jiangce/rule-schema";
import { audit } from "../audit/audit.ts";
import { invalidatePortal } from "../portal/portal-cache.ts";

/** The last day a stored document is in force (null: open-ended, or not readable). */
function lastDay(document: unknown): string | null {
  const program = programDocument(document);
  try {
    return program ? programWindow(program.validity).until : null;
  } catch {
    return null;
  }
}

/**
 * Date-driven expiry: every published version whose last day (in China) has passed becomes
 * "expired" and goes out of force (the portal keeps it readable as archived), as a publisher's
 * 废止 would, recorded in the audit log with no actor (the system). Safe with several server processes on one PostgreSQL: each change is a
 * conditional update of a still-published row, so exactly one process wins it and writes the
 * audit entry; the others update nothing and skip.
 */
export async function expireLapsedVersions(db: Db, now: Date): Promise<string[]> {
  const today = todayInChina(now);
  const live = await db.program.findMany({
    where: { publishedVersionId: { not: null } },
    select: {
      id: true,
      regionCode: true,
      publishedVersion: { select: { id: true, number: true, document: true } },
    },
  });
  const expired: string[] = [];
  for (const program of live) {
    const version = program.publishedVersion;
    const until = version ? lastDay(version.document) : null;
    if (!version || until === null || until >= today) continue;
    const done = await db.$transaction(async (tx) => {
      const updated = await tx.programVersion.updateMany({
        where: { id: version.id, state: "published" },
        data: { state: "expired", revision: { increment: 1 } },
      });
      if (updated.count !== 1) return false;
      await tx.program.updateMany({
        where: { id: program.id, publishedVersionId: version.id },
        data: { publishedVersionId: null },
      });
      await audit(tx, {
        actorId: null,
        action: "version.expire",
        entityType: "version",
        entityId: version.id,
        regionCode: program.regionCode,
        detail: {
          programId: program.id,
          number: version.number,
          from: "published",
          to: "expired",
          note: `有效期已于${until}届满，系统自动标记为已失效`,
          automatic: true,
          lastDay: until,
        },
        at: now,
      });
      return true;
    });
    if (done) expired.push(version.id);
  }
  if (expired.length > 0) invalidatePortal(db);
  return expired;
}
