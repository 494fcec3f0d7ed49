import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { requireMember, requireRole } from "../access/access.ts";
import type { Role } from "../access/roles.ts";
import { audit } from "../audit/audit.ts";
import type { SessionInfo } from "../auth/session.ts";
import { clauseIds } from "../program/document.ts";

/** Those who work on a program's text may comment on it and resolve comments. */
export const COMMENT_ROLES: readonly Role[] = ["drafter", "reviewer", "publisher"];

const commentView = {
  id: true,
  versionId: true,
  clauseId: true,
  body: true,
  createdAt: true,
  resolvedAt: true,
  author: { select: { id: true, displayName: true } },
  resolvedBy: { select: { id: true, displayName: true } },
} as const;

async function versionWithRegion(db: Db, versionId: string) {
  const version = await db.programVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      programId: true,
      document: true,
      program: { select: { regionCode: true } },
    },
  });
  if (!version) throw new AppError("NOT_FOUND", "方案版本不存在");
  return version;
}

/** Comments on one version, oldest first; `clauseId` narrows to one clause. */
export async function listComments(
  db: Db,
  auth: SessionInfo,
  input: { versionId: string; clauseId?: string | undefined },
) {
  const version = await versionWithRegion(db, input.versionId);
  await requireMember(db, auth, version.program.regionCode);
  return db.comment.findMany({
    where: { versionId: version.id, ...(input.clauseId ? { clauseId: input.clauseId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: commentView,
  });
}

export async function addComment(
  db: Db,
  auth: SessionInfo,
  input: { versionId: string; clauseId: string; body: string; now: Date },
) {
  const version = await versionWithRegion(db, input.versionId);
  await requireRole(db, auth, version.program.regionCode, COMMENT_ROLES);
  if (!clauseIds(version.document).has(input.clauseId)) {
    throw new AppError("CLAUSE_NOT_FOUND", `第${version.number}版中没有条款 ${input.clauseId}`);
  }
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: {
        versionId: version.id,
        clauseId: input.clauseId,
        body: input.body,
        authorId: auth.user.id,
        createdAt: input.now,
      },
      select: commentView,
    });
    await audit(tx, {
      actorId: auth.user.id,
      action: "comment.add",
      entityType: "comment",
      entityId: comment.id,
      regionCode: version.program.regionCode,
      detail: {
        programId: version.programId,
        versionId: version.id,
        number: version.number,
        clauseId: input.clauseId,
        body: input.body,
      },
      at: input.now,
    });
    return comment;
  });
}

export async function resolveComment(
  db: Db,
  auth: SessionInfo,
  input: { commentId: string; now: Date },
) {
  const comment = await db.comment.findUnique({
    where: { id: input.commentId },
    select: {
      id: true,
      clauseId: true,
      resolvedAt: true,
      version: { select: { id: true, programId: true, program: { select: { regionCode: true } } } },
    },
  });
  if (!comment) throw new AppError("NOT_FOUND", "批注不存在");
  const regionCode = comment.version.program.regionCode;
  await requireRole(db, auth, regionCode, COMMENT_ROLES);
  if (comment.resolvedAt) throw new AppError("ILLEGAL_TRANSITION", "该批注已解决");
  const resolved = await db.$transaction(async (tx) => {
    const updated = await tx.comment.updateMany({
      where: { id: comment.id, resolvedAt: null },
      data: { resolvedAt: input.now, resolvedById: auth.user.id },
    });
    if (updated.count !== 1) return null;
    await audit(tx, {
      actorId: auth.user.id,
      action: "comment.resolve",
      entityType: "comment",
      entityId: comment.id,
      regionCode,
      detail: {
        programId: comment.version.programId,
        versionId: comment.version.id,
        clauseId: comment.clauseId,
      },
      at: input.now,
    });
    return tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: commentView });
  });
  if (!resolved) throw new AppError("ILLEGAL_TRANSITION", "该批注已解决");
  return resolved;
}
