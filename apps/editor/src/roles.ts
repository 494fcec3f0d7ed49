// The back office's vocabulary for roles and version states, as users read them.

export const ROLE_LABEL: Record<string, string> = {
  drafter: "起草人",
  reviewer: "审核人",
  publisher: "发布人",
  admin: "管理员",
};

export const STATE_LABEL: Record<string, string> = {
  draft: "草稿",
  in_review: "审核中",
  returned: "已退回修改",
  approved: "已审核通过",
  published: "已发布",
  expired: "已失效",
  superseded: "已被替代",
};

export interface MembershipLike {
  regionCode: string;
  regionName?: string | null;
  role: string;
}

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
