import { contentHash, type Db, isUniqueViolation, type SnapshotName } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { requireRole } from "../access/access.ts";
import { audit } from "../audit/audit.ts";
import type { SessionInfo } from "../auth/session.ts";
import { regionTree } from "../region/region-tree.ts";
import { currentVersionForConflict } from "./conflict.ts";
import type { DraftDocument } from "./document.ts";
import { changedPaths } from "./json-diff.ts";
import { isDraftState, isEditableInPlace, versionStateLabel } from "./lifecycle.ts";
import { findProgramOrThrow } from "./queries.ts";

type Json = Parameters<Db["programVersion"]["create"]>[0]["data"]["document"];
const asJson = (document: DraftDocument) => document as Json;

/**
 * A new program with its first draft version. Without a document the draft starts with what is
 * already known: the title and the issuing district.
 */
export async function createProgram(
  db: Db,
  auth: SessionInfo,
  input: {
    regionCode: string;
    slug: string;
    title: string;
    document?: DraftDocument;
    /** the published program (and version) this one was copied from */
    origin?: { programId: string; versionId: string };
    now: Date;
  },
) {
  await requireRole(db, auth, input.regionCode, ["drafter"]);
  const tree = await regionTree(db);
  const region = tree.byCode.get(input.regionCode);
  if (!region) throw new AppError("NOT_FOUND", `未找到行政区划 ${input.regionCode}`);
  const document = input.document ?? {
    title: input.title,
    issuer: { regionCode: region.code, level: region.level, name: region.name },
    clauses: [],
  };
  try {
    return await db.$transaction(async (tx) => {
      const program = await tx.program.create({
        data: {
          regionCode: input.regionCode,
          slug: input.slug,
          title: input.title,
          originProgramId: input.origin?.programId ?? null,
          originVersionId: input.origin?.versionId ?? null,
        },
      });
      const version = await tx.programVersion.create({
        data: {
          programId: program.id,
          number: 1,
          state: "draft",
          document: asJson(document),
          createdById: auth.user.id,
          createdAt: input.now,
        },
      });
      await tx.program.update({ where: { id: program.id }, data: { latestVersionId: version.id } });
      await audit(tx, {
        actorId: auth.user.id,
        action: "program.create",
        entityType: "program",
        entityId: program.id,
        regionCode: program.regionCode,
        detail: {
          slug: program.slug,
          title: program.title,
          versionId: version.id,
          ...(input.origin ? { origin: input.origin } : {}),
        },
        at: input.now,
      });
      return { programId: program.id, versionId: version.id, number: 1, revision: 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("SLUG_TAKEN");
    throw error;
  }
}

/**
 * Thrown inside a save's transaction when the program moved on under it: throwing (never
 * returning) makes the transaction roll back whatever it already wrote; the caller translates it
 * into REVISION_CONFLICT outside, where it can read the server's current version.
 */
class StaleBase extends Error {
  constructor() {
    super("stale base version");
  }
}

async function conflict(db: Db, programId: string): Promise<never> {
  throw new AppError("REVISION_CONFLICT", undefined, {
    current: await currentVersionForConflict(db, programId),
  });
}

/**
 * Save the editor's document. The save names the version and revision it was based on; if the
 * program's latest version is no longer exactly that, nothing is written and the caller gets
 * REVISION_CONFLICT with the server's current version, to merge and save again.
 *
 * - latest is an unnamed draft / returned version: updated in place, revision + 1;
 * - latest is frozen (a named snapshot, or published / expired / superseded): a new draft
 *   version number + 1 is created from the saved document; a named draft it continues from
 *   becomes `superseded`;
 * - latest is in review or approved: refused (withdraw it or have it returned first).
 */
export async function saveDraft(
  db: Db,
  auth: SessionInfo,
  input: {
    programId: string;
    baseVersionId: string;
    baseRevision: number;
    document: DraftDocument;
    now: Date;
  },
) {
  const program = await findProgramOrThrow(db, input.programId);
  await requireRole(db, auth, program.regionCode, ["drafter"]);
  const attempt = db.$transaction(async (tx) => {
    const { latestVersionId } = await findProgramOrThrow(tx, program.id);
    const latest = latestVersionId
      ? await tx.programVersion.findUnique({ where: { id: latestVersionId } })
      : null;
    if (!latest || latest.id !== input.baseVersionId || latest.revision !== input.baseRevision) {
      throw new StaleBase();
    }
    if (latest.state === "in_review" || latest.state === "approved") {
      throw new AppError(
        "VERSION_IMMUTABLE",
        `第${latest.number}版${versionStateLabel(latest.state)}，不能修改；如需修改，请起草人撤回或由审核人退回`,
      );
    }
    const changed = changedPaths(latest.document, input.document);
    const editable = isEditableInPlace(latest);

    if (editable) {
      const updated = await tx.programVersion.updateMany({
        where: { id: latest.id, revision: input.baseRevision, state: latest.state },
        data: { document: asJson(input.document), revision: { increment: 1 } },
      });
      if (updated.count !== 1) throw new StaleBase();
      const revision = input.baseRevision + 1;
      await audit(tx, {
        actorId: auth.user.id,
        action: "version.save",
        entityType: "version",
        entityId: latest.id,
        regionCode: program.regionCode,
        detail: {
          programId: program.id,
          number: latest.number,
          fromRevision: input.baseRevision,
          toRevision: revision,
          createdVersion: false,
          changedPaths: changed,
        },
        at: input.now,
      });
      return {
        versionId: latest.id,
        number: latest.number,
        revision,
        state: latest.state,
        created: false,
      };
    }

    // Frozen: continue in a new draft version.
    if (isDraftState(latest.state)) {
      const frozen = await tx.programVersion.updateMany({
        where: { id: latest.id, revision: input.baseRevision, state: latest.state },
        data: {
          state: "superseded",
          contentHash: latest.contentHash ?? contentHash(latest.document),
          revision: { increment: 1 },
        },
      });
      if (frozen.count !== 1) throw new StaleBase();
    }
    const next = await tx.programVersion.create({
      data: {
        programId: program.id,
        number: latest.number + 1,
        state: "draft",
        document: asJson(input.document),
        createdById: auth.user.id,
        createdAt: input.now,
      },
    });
    const moved = await tx.program.updateMany({
      where: { id: program.id, latestVersionId: latest.id },
      data: { latestVersionId: next.id },
    });
    // the snapshot superseded and the next version created above are rolled back with it
    if (moved.count !== 1) throw new StaleBase();
    await audit(tx, {
      actorId: auth.user.id,
      action: "version.save",
      entityType: "version",
      entityId: next.id,
      regionCode: program.regionCode,
      detail: {
        programId: program.id,
        number: next.number,
        createdVersion: true,
        basedOn: { versionId: latest.id, number: latest.number, state: latest.state },
        supersededSnapshot: isDraftState(latest.state) ? latest.id : null,
        changedPaths: changed,
      },
      at: input.now,
    });
    return {
      versionId: next.id,
      number: next.number,
      revision: next.revision,
      state: next.state,
      created: true,
    };
  });
  try {
    return await attempt;
  } catch (error) {
    // Two saves racing to start the next version: the loser hits the (program, number) unique key.
    if (error instanceof StaleBase || isUniqueViolation(error)) return conflict(db, program.id);
    throw error;
  }
}

/**
 * Name the latest draft as a snapshot (征求意见稿 or 送审稿). The named version is frozen with its
 * content hash; the next save continues in a new version. 正式稿 is given by publishing.
 */
export async function nameSnapshot(
  db: Db,
  auth: SessionInfo,
  input: { versionId: string; revision: number; name: SnapshotName; now: Date },
) {
  const version = await db.programVersion.findUnique({
    where: { id: input.versionId },
    include: { program: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "方案版本不存在");
  await requireRole(db, auth, version.program.regionCode, ["drafter"]);
  if (version.program.latestVersionId !== version.id) throw new AppError("NOT_LATEST_VERSION");
  if (!isEditableInPlace(version)) {
    throw new AppError(
      "VERSION_IMMUTABLE",
      version.snapshotName
        ? `该版本已定名为「${version.snapshotName}」，不能再次命名`
        : `该版本${versionStateLabel(version.state)}，不能命名`,
    );
  }
  if (version.revision !== input.revision) return conflict(db, version.programId);
  const hash = contentHash(version.document);
  const done = await db.$transaction(async (tx) => {
    const updated = await tx.programVersion.updateMany({
      where: { id: version.id, revision: input.revision, snapshotName: null },
      data: { snapshotName: input.name, contentHash: hash, revision: { increment: 1 } },
    });
    if (updated.count !== 1) return false;
    await audit(tx, {
      actorId: auth.user.id,
      action: "version.nameSnapshot",
      entityType: "version",
      entityId: version.id,
      regionCode: version.program.regionCode,
      detail: {
        programId: version.programId,
        number: version.number,
        snapshotName: input.name,
        contentHash: hash,
      },
      at: input.now,
    });
    return true;
  });
  if (!done) return conflict(db, version.programId);
  return {
    versionId: version.id,
    number: version.number,
    revision: input.revision + 1,
    snapshotName: input.name,
    contentHash: hash,
  };
}
