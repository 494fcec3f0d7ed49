import { type Db, isUniqueViolation } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { holdsRole, requireRole } from "../access/access.ts";
import type { Role } from "../access/roles.ts";
import { audit } from "../audit/audit.ts";
import { hashPassword } from "../auth/password.ts";
import type { SessionInfo } from "../auth/session.ts";

/** The accounts holding a role in a district, for its admins (and admins above it). */
export async function listUsers(db: Db, auth: SessionInfo, regionCode: string) {
  await requireRole(db, auth, regionCode, ["admin"]);
  const users = await db.user.findMany({
    where: { memberships: { some: { regionCode } } },
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

/**
 * Actions on another account need admin over every district where it holds a role, so a district
 * admin cannot lock out a province's staff who also work in the district.
 */
async function requireAdminOver(db: Db, auth: SessionInfo, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { select: { regionCode: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "用户不存在");
  const regions = [...new Set(user.memberships.map((m) => m.regionCode))];
  if (regions.length === 0) {
    if (!auth.memberships.some((m) => m.role === "admin")) throw new AppError("FORBIDDEN");
  }
  for (const regionCode of regions) {
    if (!(await holdsRole(db, auth, regionCode, ["admin"]))) {
      throw new AppError("FORBIDDEN", "该用户在您管理范围之外的地区也有角色，您无权修改此账号");
    }
  }
  return { user, regions };
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
    await audit(tx, {
      actorId: auth.user.id,
      action: "user.setDisabled",
      entityType: "user",
      entityId: user.id,
      regionCode: regions[0] ?? null,
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
    await audit(tx, {
      actorId: auth.user.id,
      action: "user.resetPassword",
      entityType: "user",
      entityId: user.id,
      regionCode: regions[0] ?? null,
      detail: { username: user.username, sessionsEnded: true },
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
    select: { id: true, username: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "用户不存在");
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
