// What the inspector shows: the program itself, a clause, or one block inside a clause.
import type { Program } from "@jiangce/rule-schema";
import type { BlockRef } from "../document/index.ts";
import type { Path } from "./draft-model.ts";

export type BlockKind = "benefits" | "treatments" | "targets";

export type Selection =
  | { kind: "program" }
  | { kind: "clause"; clauseId: string }
  | { kind: "block"; clauseId: string; list: BlockKind; index: number }
  | { kind: "annex"; index: number };

export function sameSelection(a: Selection, b: Selection): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The program path of a selection: ["clauses", 2, "benefits", 0]. */
export function pathOf(program: Program, s: Selection): Path | null {
  if (s.kind === "program") return [];
  if (s.kind === "annex") return ["annexes", s.index];
  const clause = program.clauses.findIndex((c) => c.id === s.clauseId);
  if (clause < 0) return null;
  return s.kind === "clause" ? ["clauses", clause] : ["clauses", clause, s.list, s.index];
}

const BLOCK_LISTS = new Set<string>(["benefits", "treatments", "targets"]);

/** The block an issue path ("clauses.3.benefits.0.amount.fen") belongs to. */
export function selectionOfPath(program: Program, path: string): Selection {
  const parts = path.split(".");
  if (parts[0] === "annexes" && parts[1] !== undefined)
    return { kind: "annex", index: Number(parts[1]) };
  if (parts[0] !== "clauses" || parts[1] === undefined) return { kind: "program" };
  const clause = program.clauses[Number(parts[1])];
  if (!clause) return { kind: "program" };
  const list = parts[2];
  if (list && BLOCK_LISTS.has(list) && parts[3] !== undefined)
    return { kind: "block", clauseId: clause.id, list: list as BlockKind, index: Number(parts[3]) };
  return { kind: "clause", clauseId: clause.id };
}

/** The document (editor-doc's BlockRef) and the workspace speak of the same blocks. */
export function toBlockRef(s: Selection): BlockRef {
  if (s.kind !== "block") return s;
  const kind = s.list === "benefits" ? "benefit" : s.list === "treatments" ? "treatment" : "target";
  return { kind, clauseId: s.clauseId, index: s.index };
}

export function fromBlockRef(ref: BlockRef): Selection {
  switch (ref.kind) {
    case "program":
    case "annex":
    case "clause":
      return ref;
    case "benefit":
      return { kind: "block", clauseId: ref.clauseId, list: "benefits", index: ref.index };
    case "treatment":
      return { kind: "block", clauseId: ref.clauseId, list: "treatments", index: ref.index };
    case "target":
      // program targets are edited with the program's information
      return ref.clauseId === null
        ? { kind: "program" }
        : { kind: "block", clauseId: ref.clauseId, list: "targets", index: ref.index };
    default:
      // responsible units, clause terms, task tables: the clause inspector edits them
      return { kind: "clause", clauseId: ref.clauseId };
  }
}
