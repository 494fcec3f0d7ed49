import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { audit } from "../audit/audit.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { reserveAttempt, settleSuccess } from "./rate-limit.ts";
import type { SessionInfo } from "./session.ts";

/**
 * A wrong current password is a password guess like a failed login (a stolen session must not
 * become an unlimited guessing oracle): it is throttled by the same counters and audited.
 */
export async function changePassword(
  db: Db,
  input: {
    auth: SessionInfo;
    currentPassword: string;
    newPassword: string;
    ip: string;
    now: Date;
  },
) {
  const { auth, ip, now } = input;
  const reservation = await reserveAttempt(db, { username: auth.user.username, ip, now });
  const user = await db.user.findUnique({ where: { id: auth.user.id } });
  if (!user) throw new AppError("NOT_FOUND", "用户不存在");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await audit(db, {
      actorId: user.id,
      action: "auth.changePassword",
      entityType: "user",
      entityId: user.id,
      regionCode: null,
      detail: { outcome: "failed", ip },
      at: now,
    });
    throw new AppError("INVALID_CREDENTIALS", "当前密码不正确");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await settleSuccess(tx, reservation);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    // Whoever else holds a session of this account is signed out; the caller stays in.
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: auth.sessionId } } });
    await audit(tx, {
      actorId: user.id,
      action: "auth.changePassword",
      entityType: "user",
      entityId: user.id,
      regionCode: null,
      detail: { outcome: "succeeded", otherSessionsEnded: true, ip },
      at: now,
    });
  });
  return { ok: true as const };
}
