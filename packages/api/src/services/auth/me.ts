import type { Db } from "@jiangce/db";
import { regionTree } from "../region/region-tree.ts";
import type { SessionInfo } from "./session.ts";

export interface Me {
  user: { id: string; username: string; displayName: string };
  memberships: { regionCode: string; regionName: string; regionLevel: string; role: string }[];
  /** Send back as the `x-csrf-token` header on every mutation. */
  csrfToken: string;
  expiresAt: Date;
}

export async function describeSession(db: Db, session: SessionInfo): Promise<Me> {
  const tree = await regionTree(db);
  return {
    user: session.user,
    memberships: session.memberships
      .map((m) => {
        const region = tree.byCode.get(m.regionCode);
        return {
          regionCode: m.regionCode,
          regionName: region?.name ?? m.regionCode,
          regionLevel: region?.level ?? "district",
          role: m.role,
        };
      })
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.role.localeCompare(b.role)),
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  };
}
