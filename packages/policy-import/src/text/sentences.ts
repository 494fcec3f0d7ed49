import type { Span } from "../types.ts";

/** A sentence of a clause: ends at 。！？； or a line break; offsets into the whole text. */
export interface Sentence extends Span {
  text: string;
}

const enders = new Set(["。", "！", "？", "；", ";", "!", "?", "\n"]);

/**
 * Splits `text.slice(start, end)` into sentences. A closing quote or bracket right after
 * the ender stays with its sentence. Linear: one pass, no regular expression.
 */
export function splitSentences(text: string, start = 0, end = text.length): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text[s] ?? "")) s++;
    while (e > s && isSpace(text[e - 1] ?? "")) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = to;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i] ?? "";
    if (!enders.has(ch)) continue;
    let j = i + 1;
    while (j < end && (text[j] === "”" || text[j] === "’" || text[j] === "）" || text[j] === ")"))
      j++;
    push(ch === "\n" ? i : j);
    i = j - 1;
  }
  push(end);
  return out;
}

/** Comma-separated parts of a sentence (，,), for readings that belong to one part. */
export function splitParts(sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const t = sentence.text;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && t[i] !== "，" && t[i] !== ",") continue;
    const piece = t.slice(from, i);
    if (piece.trim().length > 0)
      out.push({ start: sentence.start + from, end: sentence.start + i, text: piece });
    from = i + 1;
  }
  return out;
}

export function isSpace(ch: string): boolean {
  return (
    ch === " " || ch === "\t" || ch === "\r" || ch === "\n" || ch === "\u3000" || ch === "\u00a0"
  );
}
