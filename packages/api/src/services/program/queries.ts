import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { holdsRole, requireMember } from "../access/access.ts";
import type { SessionInfo } from "../auth/session.ts";
import type { DbOrTx } from "../db-types.ts";
import { compareDocuments } from "./compare.ts";
import {
  findTransition,
  isEditableInPlace,
  VERSION_ACTIONS,
  type VersionAction,
} from "./lifecycle.ts";

const versionMeta = {
  id: true,
  number: true,
  state: true,
  snapshotName: true,
  revision: true,
  contentHash: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  publishedAt: true,
  createdBy: { select: { id: true, displayName: true } },
} as const;

/** The back office's list of a district's programs (any state), for its members. */
export async function listPrograms(db: Db, auth: SessionInfo, regionCode: string) {
  await requireMember(db, auth, regionCode);
  const programs = await db.program.findMany({
    where: { regionCode },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
    select: {
      id: true,
      regionCode: true,
      slug: true,
      title: true,
      createdAt: true,
      updatedAt: true,
      latestVersion: { select: versionMeta },
      publishedVersion: { select: { id: true, number: true, publishedAt: true } },
    },
  });
  return programs;
}

export async function findProgramOrThrow(db: DbOrTx, programId: string) {
  const program = await db.program.findUnique({ where: { id: programId } });
  if (!program) throw new AppError("NOT_FOUND", "方案不存在");
  return program;
}

export async function findVersionOrThrow(db: DbOrTx, versionId: string) {
  const version = await db.programVersion.findUnique({
    where: { id: versionId },
    include: { program: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "方案版本不存在");
  return version;
}

/** A program with the metadata of all its versions (newest first), without documents. */
export async function getProgram(db: Db, auth: SessionInfo, programId: string) {
  const program = await findProgramOrThrow(db, programId);
  await requireMember(db, auth, program.regionCode);
  const versions = await db.programVersion.findMany({
    where: { programId },
    orderBy: { number: "desc" },
    select: versionMeta,
  });
  return { ...program, versions };
}

/** One version with its document, for the editor and for reviewers' comparisons. */
export async function getVersion(db: Db, auth: SessionInfo, versionId: string) {
  const version = await db.programVersion.findUnique({
    where: { id: versionId },
    select: {
      ...versionMeta,
      programId: true,
      document: true,
      publishedBy: { select: { id: true, displayName: true } },
      program: { select: { regionCode: true, latestVersionId: true, publishedVersionId: true } },
    },
  });
  if (!version) throw new AppError("NOT_FOUND", "方案版本不存在");
  await requireMember(db, auth, version.program.regionCode);
  const { program, ...rest } = version;
  const isLatest = program.latestVersionId === version.id;
  const isPublished = program.publishedVersionId === version.id;
  const can = (roles: Parameters<typeof holdsRole>[3]) =>
    holdsRole(db, auth, program.regionCode, roles);

  // What this caller may do with this version right now, so the editor shows only live buttons.
  const actions: VersionAction[] = [];
  for (const action of VERSION_ACTIONS) {
    const transition = findTransition(version.state, action);
    const target = action === "expire" ? isPublished : isLatest;
    if (transition && target && (await can(transition.roles))) actions.push(action);
  }
  const drafter = await can(["drafter"]);
  const editableInPlace = isEditableInPlace(version);
  return {
    ...rest,
    regionCode: program.regionCode,
    isLatest,
    isPublished,
    permissions: {
      actions,
      /** saving updates this version in place, or (frozen latest) starts the next draft */
      canSave: drafter && isLatest && version.state !== "in_review" && version.state !== "approved",
      canNameSnapshot: drafter && isLatest && editableInPlace,
      canComment: await can(["drafter", "reviewer", "publisher"]),
    },
  };
}

/** Two versions of one program compared for review (see compare.ts). Members only. */
export async function compareVersions(
  db: Db,
  auth: SessionInfo,
  input: { fromVersionId: string; toVersionId: string },
) {
  const select = {
    id: true,
    programId: true,
    number: true,
    state: true,
    snapshotName: true,
    contentHash: true,
    document: true,
    program: { select: { regionCode: true } },
  } as const;
  const [from, to] = await Promise.all([
    db.programVersion.findUnique({ where: { id: input.fromVersionId }, select }),
    db.programVersion.findUnique({ where: { id: input.toVersionId }, select }),
  ]);
  if (!from || !to) throw new AppError("NOT_FOUND", "方案版本不存在");
  await requireMember(db, auth, to.program.regionCode);
  if (from.programId !== to.programId) {
    throw new AppError("INPUT_INVALID", "只能比较同一方案的两个版本");
  }
  const meta = ({ document: _d, program: _p, ...rest }: typeof from) => rest;
  return { from: meta(from), to: meta(to), ...compareDocuments(from.document, to.document) };
}
