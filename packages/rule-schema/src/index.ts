export * from "./assess/index.ts";
export * from "./budget/index.ts";
export { nationalFacts, nationalFactsByKey } from "./catalogue/national.ts";
export { skillLevels } from "./catalogue/skill-levels.ts";
export * from "./engine/index.ts";
export * from "./errors/index.ts";
export { exampleProfiles } from "./examples/profiles.ts";
export { smallProgram } from "./examples/small-program.ts";
export * from "./io/index.ts";
export * from "./schema/amount.ts";
export * from "./schema/benefit.ts";
export { checkProfileFacts } from "./schema/check-profile-facts.ts";
export * from "./schema/claim-limit.ts";
export * from "./schema/clause.ts";
export * from "./schema/condition.ts";
export * from "./schema/fact.ts";
export { factsInScope, type ResolvedFact } from "./schema/facts-in-scope.ts";
export {
  catalogueSourceId,
  type FactSource,
  inheritedFactSources,
  type JurisdictionContext,
} from "./schema/jurisdiction-context.ts";
export * from "./schema/nesting.ts";
export * from "./schema/precedence.ts";
export * from "./schema/primitives.ts";
export * from "./schema/profile.ts";
export { profileJsonSchema, profileJsonSchemaId } from "./schema/profile-json-schema.ts";
export * from "./schema/program.ts";
export { programDocument } from "./schema/program-document.ts";
export * from "./schema/quota.ts";
export * from "./schema/regional-catalogue.ts";
export * from "./schema/target.ts";
export * from "./schema/test-case.ts";
export * from "./schema/treatment.ts";
export {
  checkProgramSemantics,
  fromZodIssues,
  type ValidationResult,
  validateProfile,
  validateProgram,
} from "./schema/validate.ts";
export { validateCatalogue } from "./schema/validate-catalogue.ts";
export * from "./schema/validity.ts";
export * from "./targets/index.ts";
export * from "./test-cases/index.ts";
