// The applicant form generated from the programs in scope, and the profile a filled form makes.
// Pure: the portal's checker and the editor's simulator both build on it.
export * from "./form-model.ts";
export * from "./form-values.ts";
export * from "./yuan.ts";
