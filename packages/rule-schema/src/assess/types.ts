/** An unanswered fact worth asking, with what it can still decide. */
export interface Question {
  fact: string;
  label: string;
  /** undecided candidates it can decide */
  candidates: number;
  /** the most money those candidates can pay where the text fixes it (fen) */
  fenAtStake: number;
  /** keys of those candidates */
  decides: string[];
}

/** One candidate with what is known of it. */
export interface AssessedCandidate {
  kind: "benefit" | "treatment";
  key: string;
  programId: string;
  citation: string;
  label: string;
  matter: string | null;
  /** the most it can pay when the text fixes it (fen), else null */
  ceilingFen: number | null;
  /** unanswered facts that can still decide it, or its amount */
  dependsOn: string[];
}

export interface Assessment {
  /** qualify whatever the unanswered facts are (and the amount is settled) */
  applies: AssessedCandidate[];
  /** cannot qualify whatever the unanswered facts are */
  doesNotApply: AssessedCandidate[];
  /** still depend on unanswered facts */
  undecided: AssessedCandidate[];
  /** unanswered facts that can change a result, most useful first */
  questions: Question[];
  /** nothing unanswered can change the result: stop asking */
  complete: boolean;
}
