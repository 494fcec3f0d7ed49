import { diffArrays } from "diff";

/** One run of a redline: words kept, struck out (removed) or inserted (added). */
export interface RedlinePart {
  kind: "same" | "added" | "removed";
  text: string;
}

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
  const parts: RedlinePart[] = [];
  for (const change of diffArrays(chineseWords(before), chineseWords(after))) {
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const text = change.value.join("");
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else if (text !== "") parts.push({ kind, text });
  }
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
