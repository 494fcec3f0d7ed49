export { chunksOf, type ReadableLike, readLines, type TextSource } from "./lines.ts";
export { parseNdjsonProfiles, summarizeResult, toNdjson } from "./ndjson.ts";
export { checkProfile, type ProfileCheck, type RosterItem } from "./roster.ts";
