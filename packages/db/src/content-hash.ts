import { createHash } from "node:crypto";

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as RFC 8785), no whitespace,
 * numbers and strings as JSON.stringify writes them. `undefined` members are dropped, as in JSON.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`cannot encode ${typeof value} as JSON`);
    return text;
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}

/** sha256 (hex) of the canonical JSON of a program document: ProgramVersion.contentHash. */
export function contentHash(document: unknown): string {
  return createHash("sha256").update(canonicalJson(document)).digest("hex");
}
