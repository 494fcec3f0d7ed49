// What the drafter has selected in the document, in program terms: the inspector edits it.
import type { Program } from "@jiangce/rule-schema";

export type BlockRef =
  /** the program's own fields (issuer, stage, validity, precedence…), its title and preamble */
  | { kind: "program" }
  /** a clause as a whole (its heading, prose, citation) */
  | { kind: "clause"; clauseId: string }
  /** the index-th benefit / treatment / target of a clause; clauseId null = program targets */
  | { kind: "benefit" | "treatment"; clauseId: string; index: number }
  | { kind: "target"; clauseId: string | null; index: number }
  | { kind: "responsibleUnits" | "clauseTerms" | "tasks"; clauseId: string }
  | { kind: "annex"; index: number };

export function sameRef(a: BlockRef | null | undefined, b: BlockRef | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

const clauseFields: Record<string, BlockRef["kind"]> = {
  benefits: "benefit",
  treatments: "treatment",
  targets: "target",
  tasks: "tasks",
  responsibleUnits: "responsibleUnits",
  effectiveFrom: "clauseTerms",
  deadline: "clauseTerms",
  funding: "clauseTerms",
};

/**
 * The block a validation path points into: "clauses.3.benefits.1.amount.fen" →
 * { kind: "benefit", clauseId, index: 1 }. Paths of validateProgram are dotted strings.
 */
export function refForPath(program: Program, path: string | (string | number)[]): BlockRef {
  const parts = (typeof path === "string" ? path.split(".") : path).map(String);
  const [top, second, field, fourth] = parts;
  if (top === "annexes" && second !== undefined) return { kind: "annex", index: Number(second) };
  if (top === "targets" && second !== undefined)
    return { kind: "target", clauseId: null, index: Number(second) };
  if (top !== "clauses" || second === undefined) return { kind: "program" };
  const clause = program.clauses[Number(second)];
  if (!clause) return { kind: "program" };
  const kind = field === undefined ? undefined : clauseFields[field];
  const index = Number(fourth ?? 0);
  switch (kind) {
    case "benefit":
    case "treatment":
      return { kind, clauseId: clause.id, index };
    case "target":
      return { kind, clauseId: clause.id, index };
    case "tasks":
    case "responsibleUnits":
    case "clauseTerms":
      return { kind, clauseId: clause.id };
    default:
      return { kind: "clause", clauseId: clause.id };
  }
}
