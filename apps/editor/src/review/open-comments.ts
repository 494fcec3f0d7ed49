/** The fields of a comment (批注) the workspace's 意见 panel arranges; the API's list rows fit. */
export interface CommentItem {
  id: string;
  clauseId: string;
  createdAt: Date | string;
  resolvedAt: Date | string | null;
}

export interface ClauseCommentGroup<C extends CommentItem> {
  clauseId: string;
  /** the clause's citation in the draft; null when the clause is no longer in it */
  citation: string | null;
  comments: C[];
}

/**
 * Open comments grouped by clause, in the draft's clause order (a drafter works top to bottom),
 * oldest first within a clause. Comments on clauses the drafter has since deleted come last, so
 * they are still seen and can be resolved.
 */
export function openCommentsByClause<C extends CommentItem>(
  comments: readonly C[],
  clauses: readonly { id: string; citation: string }[],
): ClauseCommentGroup<C>[] {
  const byClause = new Map<string, C[]>();
  for (const c of comments) {
    if (c.resolvedAt) continue;
    byClause.set(c.clauseId, [...(byClause.get(c.clauseId) ?? []), c]);
  }
  const oldestFirst = (list: C[]) =>
    [...list].sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  const groups: ClauseCommentGroup<C>[] = [];
  for (const clause of clauses) {
    const list = byClause.get(clause.id);
    if (!list) continue;
    groups.push({ clauseId: clause.id, citation: clause.citation, comments: oldestFirst(list) });
    byClause.delete(clause.id);
  }
  for (const [clauseId, list] of byClause) {
    groups.push({ clauseId, citation: null, comments: oldestFirst(list) });
  }
  return groups;
}

/** How many comments are still open (the count on the workspace bar). */
export function openCommentCount(comments: readonly CommentItem[]): number {
  return comments.filter((c) => !c.resolvedAt).length;
}
