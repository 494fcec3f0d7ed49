/**
 * How alike two clause texts are, 0..1: the Dice coefficient over character bigrams. Chinese
 * has no spaces, and bigrams are robust to an amount or a word changed inside a long clause,
 * which is what separates "the same clause, edited" from "another clause".
 */
export function bigrams(text: string): Map<string, number> {
  const clean = text.replace(/\s+/g, "");
  const grams = new Map<string, number>();
  for (let i = 0; i < clean.length - 1; i++) {
    const g = clean.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

export function diceSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  for (const n of a.values()) sizeA += n;
  for (const n of b.values()) sizeB += n;
  if (sizeA + sizeB === 0) return 1;
  let shared = 0;
  for (const [g, n] of a) {
    const m = b.get(g);
    if (m !== undefined) shared += Math.min(n, m);
  }
  return (2 * shared) / (sizeA + sizeB);
}

export function textSimilarity(a: string, b: string): number {
  return diceSimilarity(bigrams(a), bigrams(b));
}
