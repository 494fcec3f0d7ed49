// The back office's view of roles and version states; the words come from the one vocabulary.
import type { RouterOutputs } from "@jiangce/api";
import { ROLE_LABELS, VERSION_STATE_LABELS } from "@jiangce/api/vocabulary";

export const ROLE_LABEL: Readonly<Record<string, string>> = ROLE_LABELS;
export const STATE_LABEL: Readonly<Record<string, string>> = VERSION_STATE_LABELS;

/** A membership as `auth.me` answers it (the switcher needs its region and role). */
export type MembershipLike = Pick<
  NonNullable<RouterOutputs["auth"]["me"]>["memberships"][number],
  "regionCode" | "regionName" | "role"
>;

export interface MemberRegion {
  code: string;
  name: string;
  roles: string[];
}

/** One entry per region the user belongs to, with all their roles there, in code order. */
export function memberRegions(memberships: readonly MembershipLike[]): MemberRegion[] {
  const byCode = new Map<string, MemberRegion>();
  for (const m of memberships) {
    const region = byCode.get(m.regionCode) ?? {
      code: m.regionCode,
      name: m.regionName ?? m.regionCode,
      roles: [],
    };
    if (!region.roles.includes(m.role)) region.roles.push(m.role);
    byCode.set(m.regionCode, region);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function rolesText(roles: readonly string[]): string {
  return roles.map((r) => ROLE_LABEL[r] ?? r).join("、");
}

/** antd Tag colours of version states: work in progress blue, live green, closed grey. */
export const STATE_COLOR: Record<string, string> = {
  draft: "blue",
  in_review: "orange",
  returned: "red",
  approved: "cyan",
  published: "green",
  expired: "default",
  superseded: "default",
};
