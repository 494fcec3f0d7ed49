import type { Db } from "@jiangce/db";
import { requireMember } from "../access/access.ts";
import type { SessionInfo } from "../auth/session.ts";

/**
 * A district's audit log, newest first, paged by cursor (the last entry's id). Members of the
 * district (and admins above it) may read it; nobody can change it.
 */
export async function listAudit(
  db: Db,
  auth: SessionInfo,
  input: {
    regionCode: string;
    entityId?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  await requireMember(db, auth, input.regionCode);
  const entries = await db.auditEntry.findMany({
    where: {
      regionCode: input.regionCode,
      ...(input.entityId ? { entityId: input.entityId } : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      regionCode: true,
      detail: true,
      actor: { select: { id: true, username: true, displayName: true } },
    },
  });
  const page = entries.slice(0, input.limit);
  return {
    entries: page,
    nextCursor: entries.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
