export { BudgetAssumptionsInvalidError } from "./budget-assumptions-invalid-error.ts";
export { EngineError } from "./engine-error.ts";
export { InvalidDateError } from "./invalid-date-error.ts";
export { ProgramInvalidError } from "./program-invalid-error.ts";
export { ProgramSetInvalidError } from "./program-set-invalid-error.ts";
export { formatIssues, type ValidationIssue } from "./validation-issue.ts";
