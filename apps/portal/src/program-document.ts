import type { Program } from "@jiangce/rule-schema";

/**
 * The published document as a Program. The server validated it against the rule schema when it
 * was published (and published versions never change), so a shape check suffices here.
 */
export function programDocument(value: unknown): Program | null {
  if (typeof value !== "object" || value === null) return null;
  const candidate = value as Partial<Program>;
  return Array.isArray(candidate.clauses) && typeof candidate.validity === "object"
    ? (candidate as Program)
    : null;
}
