/** One problem found in a program or profile: where (path) and what to fix (Chinese). */
export interface ValidationIssue {
  /** dotted path, e.g. "clauses.3.benefits.0.amount.fen" ("" for the document itself) */
  path: string;
  message: string;
  code: string;
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path || "(根)"}：${i.message}`).join("\n");
}
