export { assessProfile } from "./assess-profile.ts";
export type { MissedCondition } from "./missed-condition.ts";
export { type NearMiss, nearMisses } from "./near-misses.ts";
export { threeValued, type Verdict } from "./three-valued.ts";
export type { AssessedCandidate, Assessment, Question } from "./types.ts";
