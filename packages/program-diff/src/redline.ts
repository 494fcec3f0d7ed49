import { diffArrays } from "diff";

/** One run of a redline: words kept, struck out (removed) or inserted (added). */
export interface RedlinePart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Punctuation and spaces: a word never spans one, so the text can be cut there. */
const boundary = /[\s，。；：、！？,.;:!?（）()“”《》]/u;

// One segmenter for the process: constructing it loads ICU data, far slower than using it.
let segmenter: Intl.Segmenter | undefined;

/** Chinese words (ICU dictionary segmentation); numbers and punctuation are their own words. */
export function chineseWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter("zh-CN", { granularity: "word" });
  const words: string[] = [];
  for (const s of segmenter.segment(text)) words.push(s.segment);
  return words;
}

/**
 * The inline redline of a changed clause by Chinese words: a reviewer sees "2万元" struck and
 * "3万元" inserted rather than a whole sentence replaced. Adjacent runs of one kind are merged.
 */
export function redline(before: string, after: string): RedlinePart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: before }];
  // Segmenting is the costly part, so only the stretch between the first and the last
  // difference is segmented; it is widened to punctuation, which no Chinese word spans.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  while (start > 0 && !boundary.test(before[start - 1] as string)) start--;
  let end = 0;
  const room = Math.min(before.length, after.length) - start;
  while (end < room && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  while (end > 0 && !boundary.test(before[before.length - end] as string)) end--;

  const parts: RedlinePart[] = [];
  const push = (kind: RedlinePart["kind"], text: string) => {
    const last = parts.at(-1);
    if (text === "") return;
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push("same", before.slice(0, start));
  const middleBefore = chineseWords(before.slice(start, before.length - end));
  const middleAfter = chineseWords(after.slice(start, after.length - end));
  for (const change of diffArrays(middleBefore, middleAfter))
    push(change.added ? "added" : change.removed ? "removed" : "same", change.value.join(""));
  push("same", before.slice(before.length - end));
  return parts;
}

/** The words a redline changed, for a 修改说明 or a test: removed and added text, in order. */
export function redlineChanges(parts: readonly RedlinePart[]): {
  removed: string[];
  added: string[];
} {
  return {
    removed: parts.filter((p) => p.kind === "removed").map((p) => p.text),
    added: parts.filter((p) => p.kind === "added").map((p) => p.text),
  };
}
