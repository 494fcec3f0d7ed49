import {
  type JurisdictionContext,
  runTestCases,
  testRunFailureLines,
  validateProgram,
} from "@jiangce/rule-schema";
import { AppError } from "../../errors.ts";

/** A draft document: any JSON object. Drafts may be incomplete; see assertPublishable. */
export type DraftDocument = Record<string, unknown>;

export const MAX_DOCUMENT_CHARS = 2_000_000;

/**
 * Before a version enters review, is approved or is published, its document must be a complete,
 * valid program (the rule schema plus its semantic checks), issued by the program's own district.
 * Saving drafts never validates: a drafter may save half a clause and come back tomorrow.
 * `context`: the regional catalogues and programs above the district, whose facts it inherits.
 */
export function assertPublishable(
  document: unknown,
  regionCode: string,
  context?: JurisdictionContext,
): void {
  const result = validateProgram(document, context);
  const issues = result.ok ? [] : [...result.issues];
  if (result.ok && result.value.issuer.regionCode !== regionCode) {
    issues.push({
      path: "issuer.regionCode",
      message: `发文机关行政区划 ${result.value.issuer.regionCode} 与方案所属地区 ${regionCode} 不一致`,
      code: "issuer_mismatch",
    });
  }
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new AppError(
      "DOCUMENT_INVALID",
      `方案内容不完整或不合法（共${issues.length}处），例如 ${first.path || "(根)"}：${first.message}`,
      { issues: issues.slice(0, 200) },
    );
  }
}

/** The clause ids of a (possibly incomplete) document, for anchoring comments. */
export function clauseIds(document: unknown): Set<string> {
  const ids = new Set<string>();
  const clauses = (document as { clauses?: unknown } | null)?.clauses;
  if (Array.isArray(clauses)) {
    for (const clause of clauses) {
      const id = (clause as { id?: unknown } | null)?.id;
      if (typeof id === "string") ids.add(id);
    }
  }
  return ids;
}

/** The title a document gives itself, when it has one. */
export function documentTitle(document: unknown): string | undefined {
  const title = (document as { title?: unknown } | null)?.title;
  return typeof title === "string" && title.trim() ? title.trim() : undefined;
}

/**
 * The document's own test cases, run as submitted: the count and each failure as a sentence
 * (expected vs actual, with the clause). Submitting with failing cases is allowed; the result is
 * recorded in the submission's audit entry so the reviewer sees what the drafter knowingly broke.
 */
export function testCaseResults(
  document: unknown,
  context?: JurisdictionContext,
): {
  passed: number;
  failed: number;
  failures: string[];
} | null {
  const result = validateProgram(document, context);
  if (!result.ok || (result.value.testCases ?? []).length === 0) return null;
  const run = runTestCases(result.value, { catalogues: context?.catalogues ?? [] });
  if (run.error !== null) return null;
  return {
    passed: run.passed,
    failed: run.failed,
    failures: testRunFailureLines(run).slice(0, 200),
  };
}
