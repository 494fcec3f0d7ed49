import type { Span } from "../types.ts";

/** A sentence of a clause: ends at 。！？； or a line break; offsets into the whole text. */
export interface Sentence extends Span {
  text: string;
}

/** 。！？；;!?\n end a sentence; ”’）) right after an ender stay with it */
function isEnder(code: number): boolean {
  return (
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0xff1b ||
    code === 0x3b ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x0a
  );
}
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0xff09 || code === 0x29;
}

/**
 * Splits `text.slice(start, end)` into sentences. A closing quote or bracket right after
 * the ender stays with its sentence. Linear: one pass over character codes.
 */
export function splitSentences(text: string, start = 0, end = text.length): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = to;
  };
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isEnder(code)) continue;
    let j = i + 1;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    push(code === 0x0a ? i : j);
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

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x3000 || c === 0xa0;
}

export function isSpace(ch: string): boolean {
  return (
    ch === " " || ch === "\t" || ch === "\r" || ch === "\n" || ch === "\u3000" || ch === "\u00a0"
  );
}
