// What names a clause in the compare page's outline and cards: its citation and heading, or,
// for a clause without a heading (most clauses of real texts), the first words of its text.

interface TitledClause {
  citationBefore: string | null;
  citationAfter: string | null;
  heading: string | null;
  textBefore: string | null;
  textAfter: string | null;
}

const STOP = /[，。；：,;:！？]/u;

/** "每年评选区级工匠10名，对…" → "每年评选区级工匠10名"; longer openings are cut with "…". */
export function firstWords(text: string, max: number): string {
  const trimmed = text.trim();
  const stop = trimmed.search(STOP);
  const phrase = stop > 0 ? trimmed.slice(0, stop) : trimmed;
  const chars = [...phrase];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : phrase;
}

/** "一、 工匠奖励" with a heading; "一、 每年评选区级工匠10名" without one. */
export function clauseTitle(c: TitledClause, max = 12): string {
  const citation = c.citationAfter ?? c.citationBefore ?? "";
  if (c.heading?.trim()) return `${citation} ${c.heading.trim()}`.trim();
  let text = c.textAfter ?? c.textBefore ?? "";
  // a text that repeats its own number (2.遴选…) does not show it twice
  if (citation && text.trimStart().startsWith(citation))
    text = text.trimStart().slice(citation.length);
  const words = firstWords(text, max);
  return words ? `${citation} ${words}`.trim() : citation;
}
