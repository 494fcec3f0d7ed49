import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { audit } from "../audit/audit.ts";
import { verifyPassword } from "./password.ts";
import { reserveAttempt, settleSuccess } from "./rate-limit.ts";
import { createSession } from "./session.ts";

export interface LoginResult {
  userId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function login(
  db: Db,
  input: { username: string; password: string; ip: string; now: Date },
): Promise<LoginResult> {
  const { username, password, ip, now } = input;
  // reserved (counted as a failure) before the password is checked; see rate-limit.ts
  const reservation = await reserveAttempt(db, { username, ip, now });

  const user = await db.user.findUnique({ where: { username } });
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk) {
    await audit(db, {
      actorId: null,
      action: "auth.login",
      entityType: "user",
      entityId: user?.id ?? `username:${username}`,
      regionCode: null,
      detail: { outcome: "failed", username, ip },
      at: now,
    });
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (user.disabledAt) throw new AppError("USER_DISABLED");

  return db.$transaction(async (tx) => {
    await settleSuccess(tx, reservation);
    // housekeeping: the user's expired sessions are dead weight
    await tx.session.deleteMany({ where: { userId: user.id, expiresAt: { lte: now } } });
    const session = await createSession(tx, user.id, now);
    await audit(tx, {
      actorId: user.id,
      action: "auth.login",
      entityType: "session",
      entityId: session.sessionId,
      regionCode: null,
      detail: { outcome: "succeeded", ip, expiresAt: session.expiresAt.toISOString() },
      at: now,
    });
    return {
      userId: user.id,
      token: session.token,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  });
}

export async function logout(
  db: Db,
  input: { sessionId: string; userId: string; now: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id: input.sessionId } });
    await audit(tx, {
      actorId: input.userId,
      action: "auth.logout",
      entityType: "session",
      entityId: input.sessionId,
      regionCode: null,
      detail: {},
      at: input.now,
    });
  });
}
