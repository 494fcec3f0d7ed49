import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { audit } from "../audit/audit.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import type { SessionInfo } from "./session.ts";

export async function changePassword(
  db: Db,
  input: { auth: SessionInfo; currentPassword: string; newPassword: string; now: Date },
) {
  const user = await db.user.findUnique({ where: { id: input.auth.user.id } });
  if (!user) throw new AppError("NOT_FOUND", "用户不存在");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID_CREDENTIALS", "当前密码不正确");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    // Whoever else holds a session of this account is signed out; the caller stays in.
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: input.auth.sessionId } } });
    await audit(tx, {
      actorId: user.id,
      action: "auth.changePassword",
      entityType: "user",
      entityId: user.id,
      regionCode: null,
      detail: { otherSessionsEnded: true },
      at: input.now,
    });
  });
  return { ok: true as const };
}
