export { assessProfile } from "./assess-profile.ts";
export { threeValued, type Verdict } from "./three-valued.ts";
export type { AssessedCandidate, Assessment, Question } from "./types.ts";
