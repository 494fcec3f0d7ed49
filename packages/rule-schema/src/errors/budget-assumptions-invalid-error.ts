import { EngineError } from "./engine-error.ts";
import { formatIssues, type ValidationIssue } from "./validation-issue.ts";

/** The assumptions of a budget estimate are malformed or name benefits the program lacks. */
export class BudgetAssumptionsInvalidError extends EngineError {
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super("BUDGET_ASSUMPTIONS_INVALID", `测算假设有误：\n${formatIssues(issues)}`);
    this.name = "BudgetAssumptionsInvalidError";
    this.issues = issues;
  }
}
