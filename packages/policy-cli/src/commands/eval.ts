import { describeResult, evaluate, todayInChina } from "@jiangce/rule-schema";
import type { CliIo, ExitCode } from "../cli-io.ts";
import { checkAsOf, readProfile } from "../profile-file.ts";
import { loadPrograms } from "../program-files.ts";

export interface EvalOptions {
  profile: string;
  /** program files or directories; none = the built-in seed programs */
  programs?: readonly string[];
  /** regional catalogue files (--catalogues) the programs are written against */
  catalogues?: readonly string[];
  asOf?: string;
}

/**
 * `policy eval --profile p.json`: the profile's entitlements as JSON (describeResult: what,
 * how much, which clause, who pays, until when, the conditions met with the values used,
 * the candidates excluded and why, non-monetary treatments, programs that do not apply).
 */
export async function evalCommand(options: EvalOptions, io: CliIo): Promise<ExitCode> {
  const asOf = checkAsOf(options.asOf ?? todayInChina());
  const compiled = await loadPrograms(options.programs, options.catalogues);
  const profile = await readProfile(options.profile);
  const result = evaluate(compiled, profile, asOf);
  io.out(JSON.stringify(describeResult(result), null, 2));
  return 0;
}
