import { AppError } from "../../errors.ts";
import { constantTimeEqual } from "./tokens.ts";

/** The header a mutation must carry: the session's CSRF token as returned by `auth.me`. */
export const CSRF_HEADER = "x-csrf-token";

/**
 * Double-submit check. A cross-site page can make the browser send the session cookie, but it
 * cannot read the token (returned only to same-origin script by `auth.me`) to put it in a header.
 */
export function verifyCsrf(header: string | undefined, expected: string): void {
  if (!header || !constantTimeEqual(header, expected)) throw new AppError("CSRF_INVALID");
}
