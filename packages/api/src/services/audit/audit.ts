import type { Tx } from "../db-types.ts";

export interface AuditInput {
  actorId: string | null;
  /** the procedure path, e.g. "version.save" */
  action: string;
  entityType: "user" | "membership" | "session" | "program" | "version" | "comment" | "roster";
  entityId: string;
  regionCode: string | null;
  /** what changed; plain JSON */
  detail: Record<string, unknown>;
  at: Date;
}

/**
 * Append one audit entry. Always called with the transaction that makes the change, so the change
 * and its record commit or roll back together. The table is append-only (database triggers).
 */
export async function audit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      at: entry.at,
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      regionCode: entry.regionCode,
      detail: JSON.parse(JSON.stringify(entry.detail)),
    },
  });
}
