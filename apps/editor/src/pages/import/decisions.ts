// The drafter's decisions on the proposals, as pure functions the page and its tests share.
import { type Decision, decideAll, draftMinScore, type Proposal } from "@jiangce/policy-import";

export type DecisionState = "accepted" | "edited" | "rejected" | "undecided";

export function stateOf(d: Decision | undefined): DecisionState {
  if (d?.action === "accept") return "accepted";
  if (d?.action === "edit") return "edited";
  if (d?.action === "reject") return "rejected";
  return "undecided";
}

/** Whether the draft will hold it: decided ones as decided, undecided ones from 0.5 up. */
export function inDraft(p: Proposal, d: Decision | undefined): boolean {
  return d ? d.action !== "reject" : p.confidence.score >= draftMinScore;
}

/**
 * One decision for every proposal of a kind (or of all kinds). Accepting keeps the values the
 * drafter already corrected; rejecting rejects them too.
 */
export function decideKind(
  proposals: readonly Proposal[],
  decisions: Readonly<Record<string, Decision>>,
  kind: Proposal["kind"] | "all",
  action: "accept" | "reject",
): Record<string, Decision> {
  const kinds = kind === "all" ? [...new Set(proposals.map((p) => p.kind))] : [kind];
  const next = { ...decisions };
  for (const k of kinds)
    for (const [id, d] of Object.entries(decideAll(proposals, k, { action })))
      if (!(action === "accept" && next[id]?.action === "edit")) next[id] = d;
  return next;
}
