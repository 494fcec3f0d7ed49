import type { ResolvedFact } from "../schema/facts-in-scope.ts";
import type { AssessedCandidate, Question } from "./types.ts";

/**
 * Unanswered facts ranked by what they can still decide: money at stake first, then the
 * number of candidates, then the key (a stable order).
 */
export function rankQuestions(
  undecided: readonly AssessedCandidate[],
  scope: ReadonlyMap<string, ResolvedFact>,
): Question[] {
  const byFact = new Map<string, Question>();
  for (const c of undecided)
    for (const fact of c.dependsOn) {
      let q = byFact.get(fact);
      if (q === undefined) {
        q = {
          fact,
          label: scope.get(fact)?.label ?? fact,
          candidates: 0,
          fenAtStake: 0,
          decides: [],
        };
        byFact.set(fact, q);
      }
      q.candidates++;
      q.fenAtStake += c.ceilingFen ?? 0;
      q.decides.push(c.key);
    }
  return [...byFact.values()].sort(
    (a, b) =>
      b.fenAtStake - a.fenAtStake ||
      b.candidates - a.candidates ||
      (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0),
  );
}
