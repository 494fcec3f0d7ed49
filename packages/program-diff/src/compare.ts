import { factsInScope, type Program } from "@jiangce/rule-schema";
import { alignClauses } from "./align.ts";
import { same } from "./canonical.ts";
import { clauseChanges, withoutNumbering } from "./clause-changes.ts";
import { programChanges } from "./program-changes.ts";
import { redline } from "./redline.ts";
import type { ClauseDiff, ProgramDiff } from "./types.ts";

/**
 * Two versions of a program (or two programs) clause by clause: added, removed, changed,
 * moved — with the word redline of each changed text and the changes as sentences. Both
 * documents must be valid programs (defaults applied): parse them with `validateProgram`.
 */
export function compareProgram(before: Program, after: Program): ProgramDiff {
  const scope = factsInScope([before, after]);
  const clauses: ClauseDiff[] = alignClauses(before.clauses, after.clauses).map((pair) => {
    const { before: a, after: b } = pair;
    const clause = (b ?? a) as NonNullable<typeof a>;
    const changed = a !== null && b !== null && !same(withoutNumbering(a), withoutNumbering(b));
    const textChanged =
      a !== null && b !== null && a.text.replace(/\s+/g, "") !== b.text.replace(/\s+/g, "");
    return {
      clauseId: clause.id,
      beforeId: a?.id ?? null,
      citationBefore: a?.citation ?? null,
      citationAfter: b?.citation ?? null,
      heading: clause.heading ?? null,
      status: a === null ? "added" : b === null ? "removed" : changed ? "changed" : "unchanged",
      moved: pair.moved,
      matchedBy: pair.matchedBy,
      textBefore: a?.text ?? null,
      textAfter: b?.text ?? null,
      redline: textChanged ? redline((a as typeof clause).text, clause.text) : [],
      changes: a !== null && b !== null && changed ? clauseChanges(scope, a, b) : [],
    };
  });
  const count = (s: ClauseDiff["status"]) => clauses.filter((c) => c.status === s).length;
  return {
    clauses,
    program: programChanges(before, after),
    summary: {
      added: count("added"),
      removed: count("removed"),
      changed: count("changed"),
      moved: clauses.filter((c) => c.moved).length,
      unchanged: count("unchanged"),
    },
  };
}

/** Only what a reviewer must read: clauses added, removed, changed or moved. */
export function changesOnly(diff: ProgramDiff): ClauseDiff[] {
  return diff.clauses.filter((c) => c.status !== "unchanged" || c.moved);
}
