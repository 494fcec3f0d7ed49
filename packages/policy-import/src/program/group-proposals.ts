import type { ClauseOutline, Decision, ImportResult, Proposal } from "../types.ts";

export interface ProposalGroup {
  /** undefined for the program itself (title, stage, validity, preamble targets, annexes) */
  clause?: ClauseOutline;
  proposals: Proposal[];
}

/** Proposals grouped by clause in text order, program-level ones first: the editor's list. */
export function groupByClause(
  result: Pick<ImportResult, "clauses" | "proposals">,
): ProposalGroup[] {
  const byClause = new Map<string | undefined, Proposal[]>();
  for (const p of result.proposals) {
    const list = byClause.get(p.clauseId) ?? [];
    list.push(p);
    byClause.set(p.clauseId, list);
  }
  const order = (ps: Proposal[]) => [...ps].sort((a, b) => a.span.start - b.span.start);
  return [
    { proposals: order(byClause.get(undefined) ?? []) },
    ...result.clauses.map((clause) => ({
      clause,
      proposals: order(byClause.get(clause.id) ?? []),
    })),
  ].filter((g) => g.proposals.length > 0);
}

/** The same decision for every proposal of a kind (“reject all deadlines”), to merge into the drafter's decisions. */
export function decideAll(
  proposals: readonly Proposal[],
  kind: Proposal["kind"],
  decision: Extract<Decision, { action: "accept" | "reject" }>,
): Record<string, Decision> {
  return Object.fromEntries(proposals.filter((p) => p.kind === kind).map((p) => [p.id, decision]));
}
