import type { Clause } from "@jiangce/rule-schema";
import { bigrams, diceSimilarity } from "./similarity.ts";

/** Below this a clause with a new id is another clause, not the old one rewritten. */
export const SIMILARITY_THRESHOLD = 0.5;

export interface AlignedClause {
  before: Clause | null;
  after: Clause | null;
  /** how the two were paired: same stable id, or (imported texts) similar wording */
  matchedBy: "id" | "text" | null;
  similarity: number | null;
  /** paired, but now sits elsewhere in the document order or in another section */
  moved: boolean;
}

/** "二、主要举措" → "主要举措": section numbers change on renumbering, titles do not. */
export function sectionTitle(heading: string): string {
  return heading
    .replace(/^\s*[（(]?[一二三四五六七八九十百零〇\d０-９]+[)）]?[、.．,，]?\s*/u, "")
    .replace(/^第[一二三四五六七八九十百零〇\d]+[章节条]\s*/u, "")
    .trim();
}

function sameSection(a: Clause, b: Clause): boolean {
  const x = (a.sectionPath ?? []).map(sectionTitle);
  const y = (b.sectionPath ?? []).map(sectionTitle);
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

/** Indices (into `seq`) of a longest increasing subsequence: the pairs that kept their order. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] as number] as number) < (seq[i] as number)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i] as number) keep.add(i);
  return keep;
}

/**
 * Pairs the clauses of two versions: first by stable id; what is left (an imported text gets
 * fresh ids) by text similarity, best pairs first. Citations are never compared, so
 * renumbering alone pairs every clause with itself.
 */
export function alignClauses(before: readonly Clause[], after: readonly Clause[]): AlignedClause[] {
  const beforeIndex = new Map(before.map((c, i) => [c.id, i]));
  const partner = new Map<
    number,
    { index: number; by: "id" | "text"; similarity: number | null }
  >();
  const taken = new Set<number>();
  after.forEach((c, j) => {
    const i = beforeIndex.get(c.id);
    if (i !== undefined) {
      partner.set(j, { index: i, by: "id", similarity: null });
      taken.add(i);
    }
  });

  const looseBefore = before.flatMap((c, i) =>
    taken.has(i) ? [] : [{ i, grams: bigrams(c.text) }],
  );
  const looseAfter = after.flatMap((c, j) =>
    partner.has(j) ? [] : [{ j, grams: bigrams(c.text) }],
  );
  const candidates: { i: number; j: number; s: number }[] = [];
  for (const a of looseAfter)
    for (const b of looseBefore) {
      const s = diceSimilarity(b.grams, a.grams);
      if (s >= SIMILARITY_THRESHOLD) candidates.push({ i: b.i, j: a.j, s });
    }
  candidates.sort((x, y) => y.s - x.s || x.j - y.j);
  for (const { i, j, s } of candidates) {
    if (taken.has(i) || partner.has(j)) continue;
    partner.set(j, { index: i, by: "text", similarity: s });
    taken.add(i);
  }

  const pairedAfter = [...partner.keys()].sort((x, y) => x - y);
  const inOrder = longestIncreasing(pairedAfter.map((j) => partner.get(j)?.index as number));
  const keptOrder = new Set(pairedAfter.filter((_, k) => inOrder.has(k)));

  // removed clauses go where they stood: after the last kept clause that preceded them
  const result: AlignedClause[] = [];
  let lastBefore = -1;
  const placeRemoved = (upTo: number) => {
    for (let i = lastBefore + 1; i < upTo; i++)
      if (!taken.has(i)) result.push(entry(before[i] as Clause, null, null, null, false));
  };
  after.forEach((c, j) => {
    const p = partner.get(j);
    if (!p) {
      result.push(entry(null, c, null, null, false));
      return;
    }
    const old = before[p.index] as Clause;
    if (keptOrder.has(j)) {
      placeRemoved(p.index);
      lastBefore = Math.max(lastBefore, p.index);
    }
    const moved = !keptOrder.has(j) || !sameSection(old, c);
    result.push(entry(old, c, p.by, p.similarity, moved));
  });
  placeRemoved(before.length);
  return result;
}

function entry(
  before: Clause | null,
  after: Clause | null,
  matchedBy: AlignedClause["matchedBy"],
  similarity: number | null,
  moved: boolean,
): AlignedClause {
  return { before, after, matchedBy, similarity, moved };
}
