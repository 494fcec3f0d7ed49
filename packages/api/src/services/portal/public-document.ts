/**
 * A published document as the public portal serves it: without the drafters' test cases
 * (`testCases`), which are back-office material for drafters and reviewers (their profiles may
 * name real people) and would add about a quarter to every program page's download. The
 * `contentHash` beside it still identifies the whole published version.
 */
export function publicDocument(document: unknown): unknown {
  if (document === null || typeof document !== "object" || !("testCases" in document))
    return document;
  const { testCases: _internal, ...rest } = document as Record<string, unknown>;
  return rest;
}
