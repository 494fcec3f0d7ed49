import { EngineError } from "./engine-error.ts";
import { formatIssues, type ValidationIssue } from "./validation-issue.ts";

/**
 * Programs are each valid but cannot be compiled together: duplicate program ids, one fact
 * declared with two types, or matters whose amounts reference each other in a cycle.
 */
export class ProgramSetInvalidError extends EngineError {
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super("PROGRAM_SET_INVALID", `方案集合无法编译：\n${formatIssues(issues)}`);
    this.name = "ProgramSetInvalidError";
    this.issues = issues;
  }
}
