import type {
  CompiledBenefit,
  CompiledProgramSet,
  CompiledTreatment,
  EvaluationResult,
} from "../engine/types.ts";
import type { Amount } from "../schema/amount.ts";

/** A benefit or treatment a profile of this kind, region and date could receive. */
export type Candidate =
  | { kind: "benefit"; benefit: CompiledBenefit }
  | { kind: "treatment"; treatment: CompiledTreatment };

/**
 * Benefits and treatments for the profile's kind, of programs in force for its region on the
 * date, inside their clause's and their own dates — what the evaluation tested. Read from the
 * result's statuses, so this agrees with the evaluator's plan.
 */
export function candidatesOf(
  compiled: CompiledProgramSet,
  result: EvaluationResult,
  kind: string,
): Candidate[] {
  const inForce = new Set(
    result.programs.filter((p) => p.status === "in-force").map((p) => p.program.id),
  );
  const closed = new Set(result.clauses.map((c) => `${c.program.id}/${c.clause.id}`));
  const outOfDate = new Set(result.benefits.map((b) => b.ref.key));
  const out: Candidate[] = [];
  for (const b of compiled.benefits)
    if (
      b.recipients.has(kind) &&
      inForce.has(b.ref.programId) &&
      !closed.has(`${b.ref.programId}/${b.ref.clauseId}`) &&
      !outOfDate.has(b.ref.key)
    )
      out.push({ kind: "benefit", benefit: b });
  for (const t of compiled.treatments) {
    const r = t.ref;
    if (!t.recipients.has(kind) || !inForce.has(r.program.id)) continue;
    if (closed.has(`${r.program.id}/${r.clause.id}`)) continue;
    if (
      (r.validFrom !== null && result.asOf < r.validFrom) ||
      (r.validUntil !== null && result.asOf > r.validUntil)
    )
      continue;
    out.push({ kind: "treatment", treatment: t });
  }
  return out;
}

/** The most an amount can pay, when the text fixes it (a fixed sum, or a cap); else null. */
export function ceilingFen(amount: Amount): number | null {
  if (amount.kind === "fixed")
    return amount.cap === undefined ? amount.fen : Math.min(amount.fen, amount.cap);
  return amount.cap ?? null;
}

/** Top-level facts an amount reads: count, money bases and capOf bases. */
export function amountReads(amount: Amount, into: Set<string>): Set<string> {
  if (amount.kind === "per-unit")
    into.add("fact" in amount.count ? amount.count.fact : amount.count.records);
  if ("of" in amount) {
    if ("fact" in amount.of) into.add(amount.of.fact);
    else if ("records" in amount.of) into.add(amount.of.records);
  }
  const capOf = amount.capOf?.of;
  if (capOf && "fact" in capOf) into.add(capOf.fact);
  else if (capOf && "records" in capOf) into.add(capOf.records);
  return into;
}
