export { type AssessedCandidate, type Assessment, assessProfile } from "./assess-profile.ts";
export type { Question } from "./rank-questions.ts";
export { threeValued, type Verdict } from "./three-valued.ts";
