import { contentHash, type Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import type { DbOrTx } from "../db-types.ts";
import { districtSettingsOf } from "../district-settings/district-settings.ts";
import type { VersionAction } from "./lifecycle.ts";

/**
 * Two guards on the way from review to the portal.
 *
 * 1. Integrity: from submission on, a version's content is frozen and its hash recorded (in the
 *    version and in the append-only audit log). Approve and publish (and submitting a named
 *    snapshot) recompute the hash of the document actually stored and refuse when it is not the
 *    frozen one: what is approved and published is exactly what was reviewed.
 * 2. Separation of duties (government practice): the approver of a version must not be anyone
 *    who saved it, and the publisher must not be its only approver. A district may relax either
 *    rule in its settings; the approval or publication then records that it relied on it.
 */

/** Raised inside the transition's transaction so it rolls back; audited and answered outside. */
export class ContentChanged extends Error {
  constructor(
    readonly frozenHash: string | null,
    readonly storedHash: string,
  ) {
    super("content changed after it was frozen");
  }
}

/** Whether the action must find the stored document still equal to its frozen hash. */
export function checksFrozenContent(
  action: VersionAction,
  version: { snapshotName: string | null; contentHash: string | null },
): boolean {
  if (action === "approve" || action === "publish") return true;
  return action === "submit" && version.snapshotName !== null && version.contentHash !== null;
}

/**
 * Compare the stored document (read in the caller's transaction, after its guarded update has
 * locked the row) with the frozen hash and with the hash the audit log recorded at submission.
 */
export async function assertContentUnchanged(
  tx: DbOrTx,
  versionId: string,
  frozenHash: string | null,
): Promise<void> {
  const stored = await tx.programVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { document: true },
  });
  const storedHash = contentHash(stored.document);
  const submitted = await tx.auditEntry.findFirst({
    where: { entityId: versionId, action: "version.submit" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { detail: true },
  });
  const ledgerHash = (submitted?.detail as { contentHash?: unknown } | null)?.contentHash;
  const ledgerDisagrees = typeof ledgerHash === "string" && ledgerHash !== frozenHash;
  if (frozenHash === null || storedHash !== frozenHash || ledgerDisagrees) {
    throw new ContentChanged(frozenHash, storedHash);
  }
}

export interface DutiesCheck {
  /** present when the action was allowed only by the district's relaxed settings */
  relaxed?: "allowSelfApproval" | "allowSelfPublish";
  savedBy?: string[];
  approvedBy?: string;
}

/** Everyone who wrote the version's content: its creator and every saver (from the audit log). */
async function saversOf(db: Db, version: { id: string; createdById: string }) {
  const saves = await db.auditEntry.findMany({
    where: { entityId: version.id, action: "version.save" },
    select: { actorId: true },
  });
  const ids = [version.createdById, ...saves.map((s) => s.actorId)];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** The approver of the version's current approval (the last approve in the audit log). */
async function approverOf(db: Db, versionId: string) {
  const approval = await db.auditEntry.findFirst({
    where: { entityId: versionId, action: "version.approve" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { actorId: true },
  });
  return approval?.actorId ?? null;
}

/**
 * Throws SEPARATION_OF_DUTIES when the actor may not approve / publish this version under its
 * district's settings; otherwise tells whether a relaxation was relied on (for the audit).
 */
export async function checkSeparationOfDuties(
  db: Db,
  input: {
    action: VersionAction;
    actorId: string;
    regionCode: string;
    version: { id: string; number: number; createdById: string };
  },
): Promise<DutiesCheck> {
  const { action, actorId, version } = input;
  if (action === "approve") {
    const savedBy = await saversOf(db, version);
    if (!savedBy.includes(actorId)) return {};
    if ((await districtSettingsOf(db, input.regionCode)).allowSelfApproval) {
      return { relaxed: "allowSelfApproval", savedBy };
    }
    throw new AppError(
      "SEPARATION_OF_DUTIES",
      `您编辑过第${version.number}版，不能审核通过自己编辑的版本；请由未参与编辑的审核人审核`,
    );
  }
  if (action === "publish") {
    const approvedBy = await approverOf(db, version.id);
    if (approvedBy !== actorId) return {};
    if ((await districtSettingsOf(db, input.regionCode)).allowSelfPublish) {
      return { relaxed: "allowSelfPublish", approvedBy };
    }
    throw new AppError(
      "SEPARATION_OF_DUTIES",
      `第${version.number}版由您本人审核通过，不能再由您发布；请由其他发布人发布`,
    );
  }
  return {};
}

/** Whether the actor would be refused (for the editor's buttons; the transition checks again). */
export async function refusedBySeparationOfDuties(
  db: Db,
  input: Parameters<typeof checkSeparationOfDuties>[1],
): Promise<boolean> {
  try {
    await checkSeparationOfDuties(db, input);
    return false;
  } catch (error) {
    if (error instanceof AppError && error.appCode === "SEPARATION_OF_DUTIES") return true;
    throw error;
  }
}
