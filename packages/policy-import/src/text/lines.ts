import { isSpace } from "./sentences.ts";

/** A line of the text without its surrounding spaces, with the offsets of what is kept. */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** the raw line started with a tab (cells of a table pasted from Word) */
  indentedByTab: boolean;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    let s = from;
    let e = i;
    const indentedByTab = text[from] === "\t";
    while (s < e && isSpace(text[s] ?? "")) s++;
    while (e > s && isSpace(text[e - 1] ?? "")) e--;
    out.push({ start: s, end: e, text: text.slice(s, e), indentedByTab });
    from = i + 1;
  }
  return out;
}
