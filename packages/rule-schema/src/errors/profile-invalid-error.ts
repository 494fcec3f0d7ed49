import { EngineError } from "./engine-error.ts";
import { formatIssues, type ValidationIssue } from "./validation-issue.ts";

/** An applicant profile is malformed; `issues` name each field and what to fix. */
export class ProfileInvalidError extends EngineError {
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super("PROFILE_INVALID", `申请人档案格式有误：\n${formatIssues(issues)}`);
    this.name = "ProfileInvalidError";
    this.issues = issues;
  }
}
