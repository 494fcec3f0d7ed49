import { contentHash, type Db, type SnapshotName } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { requireRole } from "../access/access.ts";
import { audit } from "../audit/audit.ts";
import type { SessionInfo } from "../auth/session.ts";
import { jurisdictionContextFor } from "../catalogue/catalogue-chain.ts";
import { invalidatePortal } from "../portal/portal-cache.ts";
import { currentVersionForConflict } from "./conflict.ts";
import { assertPublishable, documentTitle, testCaseResults } from "./document.ts";
import {
  ACTION_LABELS,
  findTransition,
  rolesFor,
  type VersionAction,
  versionStateLabel,
} from "./lifecycle.ts";
import {
  assertContentUnchanged,
  ContentChanged,
  checkSeparationOfDuties,
  checksFrozenContent,
} from "./review-guards.ts";

export interface TransitionInput {
  versionId: string;
  /** the revision the user saw: the version they approve/publish is exactly what they read */
  revision: number;
  action: VersionAction;
  /** a reviewer's reason (return), or any remark; goes to the audit log */
  note?: string | undefined;
  now: Date;
}

/**
 * Move a version along the lifecycle (see lifecycle.ts for the one table of transitions).
 * Checks, in order: the caller holds a role that can take this action in the program's district;
 * the transition exists from the version's state; the caller's role fits that row; the version
 * is the one the action applies to (the latest, or for expire the published one); the revision is
 * the one the caller read; the document is a valid program when the row demands it.
 * Then one transaction applies the change and its audit entry.
 */
export async function transitionVersion(db: Db, auth: SessionInfo, input: TransitionInput) {
  const version = await db.programVersion.findUnique({
    where: { id: input.versionId },
    include: { program: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "方案版本不存在");
  const { program } = version;
  await requireRole(db, auth, program.regionCode, rolesFor(input.action));

  const transition = findTransition(version.state, input.action);
  if (!transition) {
    const label = versionStateLabel(version.state);
    throw new AppError(
      "ILLEGAL_TRANSITION",
      `第${version.number}版当前状态为「${label}」，不能「${ACTION_LABELS[input.action]}」`,
      { state: version.state, action: input.action },
    );
  }
  await requireRole(db, auth, program.regionCode, transition.roles);

  const target = input.action === "expire" ? program.publishedVersionId : program.latestVersionId;
  if (target !== version.id) throw new AppError("NOT_LATEST_VERSION");
  if (version.revision !== input.revision) {
    throw new AppError("REVISION_CONFLICT", "该版本已被他人修改，请刷新后再操作", {
      current: await currentVersionForConflict(db, program.id),
    });
  }
  // validated as the engine will evaluate it: with the district's catalogues and programs above
  const context =
    transition.validates || input.action === "submit"
      ? await jurisdictionContextFor(db, program.regionCode)
      : undefined;
  if (transition.validates) assertPublishable(version.document, program.regionCode, context);
  const duties = await checkSeparationOfDuties(db, {
    action: input.action,
    actorId: auth.user.id,
    regionCode: program.regionCode,
    version,
  });
  const checksContent = checksFrozenContent(input.action, version);
  const testCases = input.action === "submit" ? testCaseResults(version.document, context) : null;

  const hash = contentHash(version.document);
  const snapshotName: SnapshotName | null =
    input.action === "publish"
      ? "正式稿"
      : input.action === "submit"
        ? ((version.snapshotName as SnapshotName | null) ?? "送审稿")
        : (version.snapshotName as SnapshotName | null);

  const transaction = db.$transaction(async (tx) => {
    const updated = await tx.programVersion.updateMany({
      where: { id: version.id, state: version.state, revision: input.revision },
      data: {
        state: transition.to,
        revision: { increment: 1 },
        snapshotName,
        // from submission on, the content is frozen: the hash identifies what was reviewed
        ...(input.action === "submit" || input.action === "publish" ? { contentHash: hash } : {}),
        ...(input.action === "submit" ? { submittedAt: input.now } : {}),
        ...(input.action === "publish"
          ? { publishedAt: input.now, publishedById: auth.user.id }
          : {}),
      },
    });
    if (updated.count !== 1) return null;
    // the update holds the row: nothing changes the document between this check and the commit
    if (checksContent) await assertContentUnchanged(tx, version.id, version.contentHash);

    let supersededVersionId: string | null = null;
    if (input.action === "publish") {
      // The atomic switch: the previous live version is superseded and the program points at
      // the new one, in this one transaction; the guard on the old pointer refuses a race.
      supersededVersionId = program.publishedVersionId;
      if (supersededVersionId) {
        await tx.programVersion.updateMany({
          where: { id: supersededVersionId, state: "published" },
          data: { state: "superseded", revision: { increment: 1 } },
        });
      }
      const switched = await tx.program.updateMany({
        where: { id: program.id, publishedVersionId: program.publishedVersionId },
        data: {
          publishedVersionId: version.id,
          title: documentTitle(version.document) ?? program.title,
        },
      });
      if (switched.count !== 1)
        throw new AppError("REVISION_CONFLICT", "该方案刚刚被他人发布，请刷新后再试");
    }
    if (input.action === "expire") {
      await tx.program.updateMany({
        where: { id: program.id, publishedVersionId: version.id },
        data: { publishedVersionId: null },
      });
    }

    await audit(tx, {
      actorId: auth.user.id,
      action: `version.${input.action}`,
      entityType: "version",
      entityId: version.id,
      regionCode: program.regionCode,
      detail: {
        programId: program.id,
        number: version.number,
        from: version.state,
        to: transition.to,
        note: input.note ?? null,
        ...(input.action === "submit" || input.action === "publish" ? { contentHash: hash } : {}),
        ...(input.action === "publish" ? { supersededVersionId } : {}),
        ...(testCases ? { testCases } : {}),
        ...(duties.relaxed ? { separationOfDuties: duties } : {}),
      },
      at: input.now,
    });
    return { revision: input.revision + 1 };
  });
  const applied = await transaction.catch(async (error: unknown) => {
    if (!(error instanceof ContentChanged)) throw error;
    await refuseChangedContent(db, auth, input, version, error);
  });
  if (input.action === "publish" || input.action === "expire") invalidatePortal(db);
  if (!applied) {
    throw new AppError("REVISION_CONFLICT", "该版本已被他人修改，请刷新后再操作", {
      current: await currentVersionForConflict(db, program.id),
    });
  }
  return {
    versionId: version.id,
    programId: program.id,
    number: version.number,
    state: transition.to,
    revision: applied.revision,
    snapshotName,
    contentHash:
      input.action === "submit" || input.action === "publish" ? hash : version.contentHash,
  };
}

/**
 * The stored document is not what was submitted (changed behind the workflow's back): nothing of
 * the transition was written; the refusal is recorded in the district's audit log and the caller
 * gets CONTENT_CHANGED. The version stays where it was: returned, its drafter checks the content
 * and saves it, which starts a new version (a frozen one is never edited in place).
 */
async function refuseChangedContent(
  db: Db,
  auth: SessionInfo,
  input: TransitionInput,
  version: { id: string; number: number; programId: string; program: { regionCode: string } },
  error: ContentChanged,
): Promise<never> {
  await db.$transaction((tx) =>
    audit(tx, {
      actorId: auth.user.id,
      action: "version.contentMismatch",
      entityType: "version",
      entityId: version.id,
      regionCode: version.program.regionCode,
      detail: {
        programId: version.programId,
        number: version.number,
        attemptedAction: input.action,
        frozenHash: error.frozenHash,
        storedHash: error.storedHash,
      },
      at: input.now,
    }),
  );
  throw new AppError(
    "CONTENT_CHANGED",
    `第${version.number}版的内容在定稿后被改动（内容指纹与定稿时不符），已拒绝「${ACTION_LABELS[input.action]}」并记入审计日志；${
      input.action === "submit"
        ? "请核对内容，保存为新版本后再送审"
        : "请退回起草人核对内容，保存为新版本后重新送审"
    }`,
    { frozenHash: error.frozenHash, storedHash: error.storedHash },
  );
}
