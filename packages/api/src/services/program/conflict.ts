import type { DbOrTx } from "../db-types.ts";

/**
 * What the editor needs to resolve a stale save: the server's current latest version in full,
 * and who last saved it.
 */
export async function currentVersionForConflict(db: DbOrTx, programId: string) {
  const program = await db.program.findUnique({
    where: { id: programId },
    select: {
      latestVersion: {
        select: {
          id: true,
          number: true,
          state: true,
          snapshotName: true,
          revision: true,
          document: true,
          updatedAt: true,
        },
      },
    },
  });
  const current = program?.latestVersion;
  if (!current) return null;
  const lastSave = await db.auditEntry.findFirst({
    where: { entityType: "version", entityId: current.id },
    orderBy: { at: "desc" },
    select: { at: true, action: true, actor: { select: { id: true, displayName: true } } },
  });
  return {
    versionId: current.id,
    number: current.number,
    state: current.state,
    snapshotName: current.snapshotName,
    revision: current.revision,
    document: current.document,
    updatedAt: current.updatedAt,
    lastChangedBy: lastSave?.actor ?? null,
  };
}
