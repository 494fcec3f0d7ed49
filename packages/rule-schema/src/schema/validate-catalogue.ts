import { z } from "zod";
import type { ValidationIssue } from "../errors/validation-issue.ts";
import { factsInScope } from "./facts-in-scope.ts";
import { inheritedFactSources, type JurisdictionContext } from "./jurisdiction-context.ts";
import { type RegionalCatalogue, regionalCatalogueSchema } from "./regional-catalogue.ts";
import { fromZodIssues, type ValidationResult } from "./validate.ts";

const zhCN = z.locales.zhCN().localeError;
const OWN = "catalogue:own";

/**
 * Validate a region's catalogue as the back office edits it: the schema, then its declarations
 * against what the region inherits (`context`: the catalogues and programs above; the region's
 * own stored catalogue, if passed, is ignored). A national fact redeclared, a type changed from
 * what a senior catalogue declared, an extension of a fact that does not exist: an issue at
 * `facts.<i>`. The server saves only what passes; the editor shows the same issues on the field.
 */
export function validateCatalogue(
  input: unknown,
  context: JurisdictionContext = {},
): ValidationResult<RegionalCatalogue> {
  const parsed = regionalCatalogueSchema.safeParse(input, { error: zhCN });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const catalogue = parsed.data;
  const above: JurisdictionContext = {
    ...context,
    catalogues: (context.catalogues ?? []).filter((c) => c.regionCode !== catalogue.regionCode),
  };
  const issuer = { regionCode: catalogue.regionCode, level: catalogue.level, name: catalogue.name };
  const issues: ValidationIssue[] = [];
  factsInScope(
    [...inheritedFactSources(issuer, above), { id: OWN, facts: catalogue.facts }],
    (source, index, message) => {
      if (source === OWN) issues.push({ path: `facts.${index}`, message, code: "fact_conflict" });
    },
  );
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: catalogue, issues: [] };
}
