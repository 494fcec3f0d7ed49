import { type Db, isUniqueViolation } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { requireRole } from "../access/access.ts";
import type { Role } from "../access/roles.ts";
import { audit, auditInEach } from "../audit/audit.ts";
import { hashPassword } from "../auth/password.ts";
import type { SessionInfo } from "../auth/session.ts";
import { requireAdminOver } from "./jurisdiction.ts";

/**
 * The accounts holding a role in a district, and the role-less ones opened there, for its admins
 * (and admins above it).
 */
export async function listUsers(db: Db, auth: SessionInfo, regionCode: string) {
  await requireRole(db, auth, regionCode, ["admin"]);
  const users = await db.user.findMany({
    where: {
      OR: [
        { memberships: { some: { regionCode } } },
        // role-less accounts opened here are still this district's to manage (re-grant, disable)
        { createdInRegionCode: regionCode, memberships: { none: {} } },
      ],
    },
    orderBy: { username: "asc" },
    select: {
      id: true,
      username: true,
      displayName: true,
      createdAt: true,
      disabledAt: true,
      memberships: {
        where: { regionCode },
        select: { id: true, regionCode: true, role: true },
        orderBy: { role: "asc" },
      },
    },
  });
  return users;
}

export async function createUser(
  db: Db,
  auth: SessionInfo,
  input: {
    username: string;
    displayName: string;
    password: string;
    regionCode: string;
    role: Role;
    now: Date;
  },
) {
  await requireRole(db, auth, input.regionCode, ["admin"]);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          createdAt: input.now,
          // 属地管理: should it lose every role, the account stays this district's to manage
          createdInRegionCode: input.regionCode,
          memberships: { create: { regionCode: input.regionCode, role: input.role } },
        },
        select: { id: true, username: true, displayName: true },
      });
      await audit(tx, {
        actorId: auth.user.id,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        regionCode: input.regionCode,
        detail: { username: user.username, displayName: user.displayName, role: input.role },
        at: input.now,
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("USERNAME_TAKEN");
    throw error;
  }
}

export async function setUserDisabled(
  db: Db,
  auth: SessionInfo,
  input: { userId: string; disabled: boolean; now: Date },
) {
  if (input.userId === auth.user.id) throw new AppError("FORBIDDEN", "不能停用自己的账号");
  const { user, regions } = await requireAdminOver(db, auth, input.userId);
  return db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { disabledAt: input.disabled ? input.now : null },
    });
    if (input.disabled) await tx.session.deleteMany({ where: { userId: user.id } });
    await auditInEach(tx, regions, {
      actorId: auth.user.id,
      action: "user.setDisabled",
      entityType: "user",
      entityId: user.id,
      detail: { username: user.username, disabled: input.disabled, regions },
      at: input.now,
    });
    return { userId: user.id, disabled: input.disabled };
  });
}

export async function resetPassword(
  db: Db,
  auth: SessionInfo,
  input: { userId: string; newPassword: string; now: Date },
) {
  const { user, regions } = await requireAdminOver(db, auth, input.userId);
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await auditInEach(tx, regions, {
      actorId: auth.user.id,
      action: "user.resetPassword",
      entityType: "user",
      entityId: user.id,
      detail: { username: user.username, sessionsEnded: true, regions },
      at: input.now,
    });
    return { ok: true as const };
  });
}

export async function grantMembership(
  db: Db,
  auth: SessionInfo,
  input: { userId: string; regionCode: string; role: Role; now: Date },
) {
  await requireRole(db, auth, input.regionCode, ["admin"]);
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, username: true, _count: { select: { memberships: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "用户不存在");
  // A role-less account is its home district's (see jurisdiction.ts): an admin elsewhere must not
  // adopt it by granting a role in its own district, then reset its password.
  if (user._count.memberships === 0) await requireAdminOver(db, auth, user.id);
  const grant = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.membership.findUnique({
        where: {
          userId_regionCode_role: {
            userId: user.id,
            regionCode: input.regionCode,
            role: input.role,
          },
        },
      });
      const membership =
        existing ??
        (await tx.membership.create({
          data: { userId: user.id, regionCode: input.regionCode, role: input.role },
        }));
      await audit(tx, {
        actorId: auth.user.id,
        action: "membership.grant",
        entityType: "membership",
        entityId: membership.id,
        regionCode: input.regionCode,
        detail: {
          userId: user.id,
          username: user.username,
          role: input.role,
          alreadyHeld: !!existing,
        },
        at: input.now,
      });
      return {
        membershipId: membership.id,
        userId: user.id,
        regionCode: input.regionCode,
        role: input.role,
      };
    });
  // A concurrent grant of the same role wins the unique key; then this one finds it held.
  return grant().catch((error: unknown) => {
    if (isUniqueViolation(error)) return grant();
    throw error;
  });
}

export async function revokeMembership(
  db: Db,
  auth: SessionInfo,
  input: { membershipId: string; now: Date },
) {
  const membership = await db.membership.findUnique({
    where: { id: input.membershipId },
    include: { user: { select: { username: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "该角色授权不存在");
  await requireRole(db, auth, membership.regionCode, ["admin"]);
  if (membership.userId === auth.user.id && membership.role === "admin") {
    throw new AppError("FORBIDDEN", "不能撤销自己的管理员角色");
  }
  return db.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: membership.id } });
    await audit(tx, {
      actorId: auth.user.id,
      action: "membership.revoke",
      entityType: "membership",
      entityId: membership.id,
      regionCode: membership.regionCode,
      detail: {
        userId: membership.userId,
        username: membership.user.username,
        role: membership.role,
      },
      at: input.now,
    });
    return { ok: true as const };
  });
}
