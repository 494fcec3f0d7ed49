import type { Tx } from "../db-types.ts";

export interface AuditInput {
  actorId: string | null;
  /** the procedure path, e.g. "version.save" */
  action: string;
  entityType:
    | "user"
    | "membership"
    | "session"
    | "program"
    | "version"
    | "comment"
    | "district_settings"
    | "regional_catalogue"
    | "roster";
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

/**
 * The same entry once for each district concerned (an account working in two districts: both
 * see that its password was reset), or once without a district when none is known.
 */
export async function auditInEach(
  tx: Tx,
  regionCodes: readonly string[],
  entry: Omit<AuditInput, "regionCode">,
): Promise<void> {
  for (const regionCode of regionCodes.length > 0 ? regionCodes : [null]) {
    await audit(tx, { ...entry, regionCode });
  }
}
