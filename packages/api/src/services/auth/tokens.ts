import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 random bits, URL-safe: session cookie tokens and CSRF tokens. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Sessions are stored under the hash of their token, so a leaked table grants no logins. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
