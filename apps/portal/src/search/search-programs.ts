// Search over the published programs in force for a district: clause text, headings and
// benefit names. Chinese has no spaces, so the query is cut into words with Intl.Segmenter
// ("大师工作室补贴" → 大师 / 工作室 / 补贴) and a clause matches when it contains every word;
// clauses naming more of them, and in benefit names, come first.
import type { Program } from "@jiangce/rule-schema";

export interface SearchHit {
  programId: string;
  programTitle: string;
  clauseId: string;
  citation: string;
  heading: string | null;
  /** the clause text around the first match */
  excerpt: string;
  benefits: string[];
  score: number;
}

const segmenter =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter("zh-CN", { granularity: "word" })
    : null;

/**
 * The words of a query. Characters the dictionary leaves single (大 / 赛 of 大赛) are joined
 * back with their single neighbours, so a short term is searched whole, not letter by letter.
 */
export function queryWords(query: string): string[] {
  const text = query.trim().toLowerCase();
  if (text === "") return [];
  if (!segmenter) return [...new Set(text.split(/\s+/))];
  const words: string[] = [];
  let run = "";
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike && [...s.segment].length === 1) {
      run += s.segment;
      continue;
    }
    if (run) words.push(run);
    run = "";
    if (s.isWordLike) words.push(s.segment);
  }
  if (run) words.push(run);
  return [...new Set(words)];
}

function excerptAround(text: string, index: number, width = 60): string {
  const start = Math.max(0, index - width / 3);
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

export function searchPrograms(
  programs: readonly { pageId: string; program: Program }[],
  query: string,
  limit = 20,
): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const { pageId, program } of programs)
    for (const clause of program.clauses) {
      const benefits = [...clause.benefits, ...clause.treatments].map((b) => b.label);
      const names = benefits.join(" ").toLowerCase();
      const body = `${clause.heading ?? ""} ${clause.text}`.toLowerCase();
      if (!words.every((w) => body.includes(w) || names.includes(w))) continue;
      const score = words.reduce(
        (s, w) => s + (names.includes(w) ? 3 : 0) + (body.split(w).length - 1),
        0,
      );
      const first = Math.max(0, clause.text.toLowerCase().indexOf(words[0]!));
      hits.push({
        programId: pageId,
        programTitle: program.title,
        clauseId: clause.id,
        citation: clause.citation,
        heading: clause.heading ?? null,
        excerpt: excerptAround(clause.text, first),
        benefits,
        score,
      });
    }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
