import { type Db, SYSTEM_USERNAME } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { holdsRole } from "../access/access.ts";
import type { SessionInfo } from "../auth/session.ts";
import { regionTree } from "../region/region-tree.ts";

/**
 * Who may act on another account (reset its password, disable or re-enable it). 属地管理: an
 * account belongs to the districts it works in, else to the district that created it.
 *
 * - holding roles: admin over **every** district where it holds one, so a district admin cannot
 *   lock out province staff who also work in the district;
 * - holding no role: admin over the district where it was created (`User.createdInRegionCode`,
 *   set by `user.create`), i.e. that district's admins and those above it;
 * - no role and no recorded origin (made by the command line or directly in the database): only
 *   a platform admin, one who is admin of every top-level region;
 * - the seed's system account (owner of the seeded versions): nobody, it must never sign in.
 *
 * Returns the districts concerned: the audit entry is written once for each, so each sees it.
 */
export async function requireAdminOver(db: Db, auth: SessionInfo, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { select: { regionCode: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "用户不存在");
  if (user.username === SYSTEM_USERNAME) {
    throw new AppError("FORBIDDEN", "系统账号由平台保留，任何管理员都不能修改");
  }
  const held = [...new Set(user.memberships.map((m) => m.regionCode))];
  const regions =
    held.length > 0 ? held : user.createdInRegionCode ? [user.createdInRegionCode] : [];
  if (regions.length === 0) {
    if (!(await isPlatformAdmin(db, auth))) {
      throw new AppError(
        "FORBIDDEN",
        "该账号没有任何角色，也没有记录创建地区，只有平台管理员（各省管理员）可以修改",
      );
    }
    return { user, regions };
  }
  for (const regionCode of regions) {
    if (!(await holdsRole(db, auth, regionCode, ["admin"]))) {
      throw new AppError(
        "FORBIDDEN",
        held.length > 0
          ? "该用户在您管理范围之外的地区也有角色，您无权修改此账号"
          : "该账号没有角色，归属创建它的地区管理；您不是该地区或其上级的管理员，无权修改",
      );
    }
  }
  return { user, regions };
}

/** Admin of every top-level region (as `create-admin --region all` makes one). */
async function isPlatformAdmin(db: Db, auth: SessionInfo): Promise<boolean> {
  const tops = (await regionTree(db)).childrenOf.get(null) ?? [];
  const adminOf = new Set(
    auth.memberships.filter((m) => m.role === "admin").map((m) => m.regionCode),
  );
  return tops.length > 0 && tops.every((region) => adminOf.has(region.code));
}
