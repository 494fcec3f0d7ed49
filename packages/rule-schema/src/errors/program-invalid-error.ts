import { EngineError } from "./engine-error.ts";
import { formatIssues, type ValidationIssue } from "./validation-issue.ts";

/** A program file does not satisfy the schema; `issues` name each path and what to fix. */
export class ProgramInvalidError extends EngineError {
  readonly issues: readonly ValidationIssue[];
  readonly programId: string | undefined;
  constructor(issues: readonly ValidationIssue[], programId?: string) {
    super(
      "PROGRAM_INVALID",
      `方案${programId ? ` ${programId} ` : ""}不符合规则格式：\n${formatIssues(issues)}`,
    );
    this.name = "ProgramInvalidError";
    this.issues = issues;
    this.programId = programId;
  }
}
