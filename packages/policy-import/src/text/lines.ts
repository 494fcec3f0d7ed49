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
  /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[\d０-９]{1,2}[.．、](?![\d０-９])|第[一二三四五六七八九十百\d]{1,5}条|本(?:实施)?(?:方案|办法|意见|计划|规定|细则|措施)[^。]{0,16}?(?:施行|实施))/;

/**
 * Lines of the text. A clause number right after 。 in the middle of a line starts a new
 * line too, so a document pasted from a web page as one paragraph still numbers its clauses.
 */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    const indentedByTab = text.charCodeAt(from) === 9;
    while (s < e && isSpace(text[s] ?? "")) s++;
    while (e > s && isSpace(text[e - 1] ?? "")) e--;
    out.push({ start: s, end: e, text: text.slice(s, e), indentedByTab });
  };
  let from = 0;
  let dot = text.indexOf("。"); // the next 。 at or after `from`, kept moving forward (linear)
  for (;;) {
    const newline = text.indexOf("\n", from);
    const end = newline < 0 ? text.length : newline;
    let cut = end;
    while (dot >= 0 && dot < end) {
      const after = dot + 1;
      dot = text.indexOf("。", after);
      if (after > from + 1 && after < end && inlineNumber.test(text.slice(after, after + 30))) {
        cut = after;
        break;
      }
    }
    push(from, cut);
    if (cut < end) from = cut;
    else if (newline < 0) break;
    else from = newline + 1;
    if (dot >= 0 && dot < from) dot = text.indexOf("。", from);
  }
  return out;
}
