import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { audit } from "../audit/audit.ts";
import { hashPassword, PASSWORD_MIN_LENGTH } from "../auth/password.ts";
import { invalidateRegionTree, regionTree } from "../region/region-tree.ts";

export interface CreateAdminInput {
  username: string;
  displayName: string;
  /** used only when the account is new; an existing account keeps its password */
  password: string;
  /** region codes, or ["all"] for every top-level region (each province) */
  regions: string[];
  now: Date;
}

/**
 * Bootstrap: the first admin account, from the command line (no session exists yet). Creates the
 * account if needed and grants it admin in the given regions (admin covers descendants).
 * Idempotent; recorded in the audit log with no actor.
 */
export async function createAdmin(db: Db, input: CreateAdminInput) {
  invalidateRegionTree(db);
  const tree = await regionTree(db);
  if (tree.byCode.size === 0) {
    throw new AppError("NOT_FOUND", "地区表为空：请先运行种子数据（seed）再创建管理员");
  }
  const regionCodes =
    input.regions.length === 1 && input.regions[0] === "all"
      ? (tree.childrenOf.get(null) ?? []).map((r) => r.code)
      : input.regions;
  const unknown = regionCodes.filter((code) => !tree.byCode.has(code));
  if (unknown.length > 0 || regionCodes.length === 0) {
    throw new AppError("NOT_FOUND", `未找到行政区划：${unknown.join("、") || "(未指定)"}`);
  }
  if (!/^[a-z0-9][a-z0-9_.-]{2,31}$/.test(input.username)) {
    throw new AppError("INPUT_INVALID", "用户名为3到32位小写字母、数字、下划线、点或连字符");
  }
  const existing = await db.user.findUnique({ where: { username: input.username } });
  if (!existing && input.password.length < PASSWORD_MIN_LENGTH) {
    throw new AppError("INPUT_INVALID", `密码至少${PASSWORD_MIN_LENGTH}位`);
  }
  const passwordHash = existing ? undefined : await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    const user =
      existing ??
      (await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          passwordHash: passwordHash!,
          createdAt: input.now,
          // one region: the account is that region's (all: a platform admin, no single home)
          createdInRegionCode: regionCodes.length === 1 ? regionCodes[0]! : null,
        },
      }));
    const granted: string[] = [];
    for (const regionCode of regionCodes) {
      const key = { userId: user.id, regionCode, role: "admin" };
      const held = await tx.membership.findUnique({ where: { userId_regionCode_role: key } });
      if (held) continue;
      await tx.membership.create({ data: key });
      granted.push(regionCode);
    }
    await audit(tx, {
      actorId: null,
      action: "cli.createAdmin",
      entityType: "user",
      entityId: user.id,
      regionCode: regionCodes.length === 1 ? regionCodes[0]! : null,
      detail: { username: user.username, created: !existing, grantedAdminIn: granted },
      at: input.now,
    });
    return { userId: user.id, username: user.username, created: !existing, granted, regionCodes };
  });
}
