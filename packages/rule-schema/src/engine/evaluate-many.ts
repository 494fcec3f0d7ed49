import type { ValidationIssue } from "../errors/validation-issue.ts";
import type { RosterItem } from "../io/roster.ts";
import type { Profile } from "../schema/profile.ts";
import { evaluate } from "./evaluate.ts";
import { toCompiled } from "./to-compiled.ts";
import type { CompiledProgramSet, EvaluationResult } from "./types.ts";

export type RosterOutcome =
  | { ok: true; line: number; result: EvaluationResult }
  | { ok: false; line: number; issues: ValidationIssue[] };

/**
 * Evaluate a stream of profiles one at a time: each result is yielded before the next
 * profile is read, so memory stays constant whatever the roster's length.
 */
export async function* evaluateMany(
  programs: CompiledProgramSet | readonly unknown[],
  profiles: AsyncIterable<Profile> | Iterable<Profile>,
  asOf: string,
): AsyncGenerator<EvaluationResult> {
  const compiled = toCompiled(programs);
  for await (const profile of profiles) yield evaluate(compiled, profile, asOf);
}

/** Like evaluateMany over parsed roster lines; bad lines pass through with their issues. */
export async function* evaluateRoster(
  programs: CompiledProgramSet | readonly unknown[],
  items: AsyncIterable<RosterItem> | Iterable<RosterItem>,
  asOf: string,
): AsyncGenerator<RosterOutcome> {
  const compiled = toCompiled(programs);
  for await (const item of items) {
    if (!item.ok) yield item;
    else yield { ok: true, line: item.line, result: evaluate(compiled, item.profile, asOf) };
  }
}
