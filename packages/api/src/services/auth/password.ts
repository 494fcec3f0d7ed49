import { type Algorithm, hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane). `Algorithm` is a const enum that
// isolatedModules cannot inline, hence the literal.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verify a password against a stored PHC hash. With no user (hash undefined) it still spends the
 * same work on a dummy hash, so response time does not reveal which usernames exist.
 */
export async function verifyPassword(
  storedHash: string | undefined,
  password: string,
): Promise<boolean> {
  if (storedHash === undefined) {
    dummyHash ??= hashPassword("jiangce-dummy-password");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
