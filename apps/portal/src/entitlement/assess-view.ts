// What the stepwise calculator asks next, and the near misses under a result: both are the
// engine's (assessProfile ranks the unanswered facts, nearMisses writes the sentences); this
// file only keeps what the page shows.
import {
  assessProfile,
  type CompiledProgramSet,
  type EvaluationResult,
  formatFen,
  nearMisses,
  type Profile,
} from "@jiangce/rule-schema";

export interface NearMissCard {
  key: string;
  programId: string;
  programTitle: string;
  clauseId: string | null;
  citation: string;
  label: string;
  tierLabel: string | null;
  /** what it would pay where the text fixes it ("100万元"), else null */
  figure: string | null;
  /** the engine's sentences: "一线工作年限4年，需满5年" */
  missing: string[];
}

/** The clause of a citation in a compiled program (the near miss names only the citation). */
function clauseIdOf(compiled: CompiledProgramSet, programId: string, citation: string) {
  const program = compiled.programs.find((p) => p.id === programId);
  return program?.program.clauses.find((c) => c.citation === citation)?.id ?? null;
}

export function nearMissCards(result: EvaluationResult, limit = 5): NearMissCard[] {
  return nearMisses(result, { limit }).map((m) => ({
    key: m.key,
    programId: m.programId,
    programTitle: m.programTitle,
    clauseId: clauseIdOf(result.compiled, m.programId, m.citation),
    citation: m.citation,
    label: m.label,
    tierLabel: m.tierLabel,
    figure: m.ceilingFen === null ? null : formatFen(m.ceilingFen),
    missing: m.failing.map((f) => f.text),
  }));
}

export interface NextStep {
  /** unanswered facts that can still change the result, most useful first */
  questions: string[];
  /** nothing unanswered can change the result */
  complete: boolean;
}

/** Facts present in the profile, or listed in `answered` (answered "none"), count as known. */
export function nextStep(
  compiled: CompiledProgramSet,
  profile: Profile,
  asOf: string,
  answered: readonly string[],
): NextStep {
  const a = assessProfile(compiled, profile, asOf, { answered });
  return { questions: a.questions.map((q) => q.fact), complete: a.complete };
}
