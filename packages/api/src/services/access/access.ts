import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import type { SessionInfo } from "../auth/session.ts";
import { ancestorsOf, regionTree } from "../region/region-tree.ts";
import { ROLE_LABELS, type Role } from "./roles.ts";

/**
 * The access rules, in one place:
 * - drafter, reviewer and publisher act only in the district where they hold the role
 *   (a city's reviewer does not review its districts' programs: each district owns its own);
 * - admin of a region covers that region and all its descendants (a province's admin manages
 *   accounts of its cities and districts), but does not author, review or publish by virtue of
 *   being admin (separation of duties; an admin can grant such a role, which is audited);
 * - reading a district's programs in the back office needs any role there, or admin above it;
 * - anonymous visitors read only published programs, through the portal procedures.
 */
export async function holdsRole(
  db: Db,
  auth: SessionInfo,
  regionCode: string,
  roles: readonly Role[],
): Promise<boolean> {
  if (auth.memberships.some((m) => m.regionCode === regionCode && roles.includes(m.role))) {
    return true;
  }
  if (!roles.includes("admin")) return false;
  const adminRegions = new Set(
    auth.memberships.filter((m) => m.role === "admin").map((m) => m.regionCode),
  );
  if (adminRegions.size === 0) return false;
  const tree = await regionTree(db);
  return ancestorsOf(tree, regionCode).some((r) => adminRegions.has(r.code));
}

export async function requireRole(
  db: Db,
  auth: SessionInfo,
  regionCode: string,
  roles: readonly Role[],
): Promise<void> {
  if (await holdsRole(db, auth, regionCode, roles)) return;
  const tree = await regionTree(db);
  const regionName = tree.byCode.get(regionCode)?.name ?? regionCode;
  const labels = roles.map((r) => ROLE_LABELS[r]).join("或");
  throw new AppError("FORBIDDEN", `您不是${regionName}的${labels}，无权执行此操作`);
}

const ANY_ROLE: readonly Role[] = ["drafter", "reviewer", "publisher", "admin"];

/** Back-office read access to a district's programs, comments and audit log. */
export function requireMember(db: Db, auth: SessionInfo, regionCode: string): Promise<void> {
  return requireRole(db, auth, regionCode, ANY_ROLE);
}
