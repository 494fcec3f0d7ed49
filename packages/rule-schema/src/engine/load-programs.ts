import { ProgramInvalidError } from "../errors/program-invalid-error.ts";
import { ProgramSetInvalidError } from "../errors/program-set-invalid-error.ts";
import type { ValidationIssue } from "../errors/validation-issue.ts";
import { factsInScope, type ResolvedFact } from "../schema/facts-in-scope.ts";
import { catalogueSourceId } from "../schema/jurisdiction-context.ts";
import { type Program, programSchema } from "../schema/program.ts";
import { type RegionalCatalogue, regionalCatalogueSchema } from "../schema/regional-catalogue.ts";
import { fromZodIssues, validateProgram } from "../schema/validate.ts";
import { levelRank } from "./jurisdiction.ts";

export interface LoadedPrograms {
  /** validated programs, ordered by id */
  programs: Program[];
  /** the national facts plus every program's own, merged */
  scope: Map<string, ResolvedFact>;
}

/**
 * Validates each program (ProgramInvalidError names the first invalid one) and the set
 * (ProgramSetInvalidError: duplicate ids, one fact declared with two types).
 */
export function loadPrograms(
  inputs: readonly unknown[],
  catalogueInputs: readonly unknown[] = [],
): LoadedPrograms {
  const catalogues = loadCatalogues(catalogueInputs);
  // each program is validated with the values of the programs and catalogues above it
  const above = inputs.flatMap((input) => {
    const parsed = programSchema.safeParse(input);
    return parsed.success ? [parsed.data] : [];
  });
  const programs: Program[] = [];
  inputs.forEach((input, index) => {
    const r = validateProgram(input, { programs: above, catalogues });
    if (!r.ok) {
      const id = (input as { id?: unknown } | null)?.id;
      throw new ProgramInvalidError(r.issues, typeof id === "string" ? id : `#${index}`);
    }
    programs.push(r.value);
  });
  programs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const issues: ValidationIssue[] = [];
  for (let i = 1; i < programs.length; i++)
    if (programs[i]!.id === programs[i - 1]!.id)
      issues.push({
        path: programs[i]!.id,
        message: `方案 id ${programs[i]!.id} 重复`,
        code: "duplicate_program",
      });
  const sources = [
    ...catalogues
      .slice()
      .sort((a, b) => levelRank(b.level) - levelRank(a.level))
      .map((c) => ({ id: catalogueSourceId(c), facts: c.facts })),
    ...programs,
  ];
  const scope = factsInScope(sources, (programId, index, message) =>
    issues.push({ path: `${programId}.facts.${index}`, message, code: "fact_conflict" }),
  );
  if (issues.length > 0) throw new ProgramSetInvalidError(issues);
  return { programs, scope };
}

function loadCatalogues(inputs: readonly unknown[]): RegionalCatalogue[] {
  const issues: ValidationIssue[] = [];
  const out: RegionalCatalogue[] = [];
  inputs.forEach((input, i) => {
    const r = regionalCatalogueSchema.safeParse(input);
    if (r.success) out.push(r.data);
    else issues.push(...fromZodIssues(r.error.issues, ["catalogues", i]));
  });
  if (issues.length > 0) throw new ProgramSetInvalidError(issues);
  return out;
}
