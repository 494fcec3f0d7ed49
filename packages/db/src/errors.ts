import { Prisma } from "./generated/prisma/client.ts";

// The database triggers refuse changes to audit entries and published versions (migration
// immutable_records) and pointers to the wrong version (program_pointers) with a message that
// starts with one of these markers, on both dialects.
const IMMUTABLE = "jiangce:immutable";
const INTEGRITY = "jiangce:integrity";

function messages(error: unknown, depth = 0): string[] {
  // Prisma wraps the driver's error: meta.driverAdapterError.cause.originalMessage on SQLite,
  // the message itself on PostgreSQL. Walk the few nested objects looking for text.
  if (depth > 5 || typeof error !== "object" || error === null) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(error as Record<string, unknown>)) {
    if (typeof value === "string" && /message/i.test(key)) found.push(value);
    else if (typeof value === "object") found.push(...messages(value, depth + 1));
  }
  const { message, cause } = error as { message?: unknown; cause?: unknown };
  if (typeof message === "string") found.push(message);
  if (cause !== undefined) found.push(...messages(cause, depth + 1));
  return found;
}

/** True when the database refused to change an audit entry or a published version. */
export function isImmutableRecordError(error: unknown): boolean {
  return messages(error).some((message) => message.includes(IMMUTABLE));
}

/**
 * True when a database rule refused the write: an immutable record, or a program pointing at a
 * version that is not its own (latest) or not published (live).
 */
export function isDatabaseRuleError(error: unknown): boolean {
  return messages(error).some((m) => m.includes(IMMUTABLE) || m.includes(INTEGRITY));
}

/** True for a unique constraint violation (Prisma P2002) on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
