import type { Program } from "./program.ts";

/**
 * A stored document read as a Program for display, without validating it: the one way the apps
 * turn a document they already trust into a program. Published versions were validated by the
 * server when they entered review and never change; drafts shown to their drafters may be
 * incomplete, so the page must cope with missing parts. Untrusted input (an upload, a file, a
 * profile form) goes through `validateProgram`, which returns the issues. This module imports
 * no schema code, so a page that only displays programs does not ship the validator.
 */
export function programDocument(value: unknown): Program | null {
  if (typeof value !== "object" || value === null) return null;
  const candidate = value as Partial<Program>;
  return Array.isArray(candidate.clauses) && typeof candidate.validity === "object"
    ? (candidate as Program)
    : null;
}
