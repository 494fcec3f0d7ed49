/** "二（一）3." → "3."; "二、" → null: the clause's own number within its section. */
export function ownNumber(citation: string): string | null {
  return /(\d+[.．]|[（(]\d+[)）])$/u.exec(citation.trim())?.[1] ?? null;
}

/** The clause text already begins with its own number ("2.遴选培育…"). */
export function numbered(citation: string, text: string): boolean {
  const own = ownNumber(citation);
  return own !== null && text.trimStart().startsWith(own);
}
