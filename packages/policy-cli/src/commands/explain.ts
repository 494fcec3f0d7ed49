import { evaluate, explain, todayInChina } from "@jiangce/rule-schema";
import type { CliIo, ExitCode } from "../cli-io.ts";
import { checkAsOf, readProfile } from "../profile-file.ts";
import { loadPrograms } from "../program-files.ts";

export interface ExplainOptions {
  profile: string;
  programs?: readonly string[];
  /** regional catalogue files (--catalogues) the programs are written against */
  catalogues?: readonly string[];
  asOf?: string;
}

/**
 * `policy explain --profile p.json`: the same evaluation as `eval`, told in Chinese: each
 * benefit (program, clause, amount and how it is computed, period, payer, validity) with the
 * conditions it met, the total, what was excluded and by which rule, treatments, and the
 * programs or clauses that do not apply on that date.
 */
export async function explainCommand(options: ExplainOptions, io: CliIo): Promise<ExitCode> {
  const asOf = checkAsOf(options.asOf ?? todayInChina());
  const compiled = await loadPrograms(options.programs, options.catalogues);
  const profile = await readProfile(options.profile);
  const result = evaluate(compiled, profile, asOf);
  const inForce = result.programs.filter((p) => p.status === "in-force").map((p) => p.program);
  const header =
    inForce.length === 0
      ? `适用于 ${profile.regionCode} 的方案中，${asOf} 没有正在施行的方案。`
      : `适用方案（${asOf} 施行中）：${inForce.map((p) => `《${p.title}》`).join("、")}`;
  io.out(`${header}\n${explain(result)}`);
  return 0;
}
