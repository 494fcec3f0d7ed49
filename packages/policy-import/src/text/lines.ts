import { isSpace } from "./sentences.ts";

/** A line of the text without its surrounding spaces, with the offsets of what is kept. */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** the raw line started with a tab (cells of a table pasted from Word) */
  indentedByTab: boolean;
}

// a clause number (or the 本办法自…施行 closing) right after a full stop: 。二、 。（三） 。4. 。第五条
const inlineNumber =
  /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]{1,5}条|本(?:实施)?(?:方案|办法|意见|计划|规定|细则|措施)[^。]{0,16}?(?:施行|实施))/;

/**
 * Lines of the text. A clause number right after 。 in the middle of a line starts a new
 * line too, so a document pasted from a web page as one paragraph still numbers its clauses.
 */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const inline = text[i - 1] === "。" && i > from + 1 && inlineNumber.test(text.slice(i, i + 30));
    if (i < text.length && text[i] !== "\n" && !inline) continue;
    let s = from;
    let e = i;
    const indentedByTab = text[from] === "\t";
    while (s < e && isSpace(text[s] ?? "")) s++;
    while (e > s && isSpace(text[e - 1] ?? "")) e--;
    out.push({ start: s, end: e, text: text.slice(s, e), indentedByTab });
    from = inline && text[i] !== "\n" ? i : i + 1;
  }
  return out;
}
