import type { ImportParagraph } from "./types.ts";

/**
 * Text from .docx paragraphs. mammoth's `extractRawText` drops Word's automatic numbering
 * (the 一、 （一） 1. a drafter sees), so the editor passes paragraphs with the rendered
 * label when it has one; the label is put back in front so clauses number as on paper.
 * Paragraphs are joined by one line break; table cells come as their own paragraphs.
 */
export function paragraphsToText(paragraphs: readonly ImportParagraph[]): string {
  return paragraphs
    .map((p) => {
      const text = p.text.replace(/\r?\n/g, " ").trim();
      const label = p.numbering?.trim();
      return label && !text.startsWith(label) ? `${label}${text}` : text;
    })
    .join("\n");
}

/** mammoth's raw text separates paragraphs with a blank line; one line each reads the same. */
export function rawTextToParagraphs(raw: string): ImportParagraph[] {
  return raw
    .split(/\r?\n/)
    .map((t) => ({ text: t }))
    .filter((p, i, all) => p.text.trim().length > 0 || (all[i - 1]?.text.trim().length ?? 0) > 0);
}
