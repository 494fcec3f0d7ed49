/**
 * Clause numbering at the start of a line, as Chinese official documents write it:
 * 第一章, 第X条, 一、, （一）/(一), 1./1．/1、, （1）/(1), ①. Documents mix and skip levels,
 * so a marker carries its style, not a fixed depth; the outline nests styles in the order
 * it meets them.
 */
export type NumberingStyle =
  | "chapter"
  | "article"
  | "cn-comma"
  | "cn-paren"
  | "arabic-dot"
  | "arabic-paren"
  | "circled";

export interface Marker {
  style: NumberingStyle;
  /** the marker as written, trimmed: "二、", "（一）", "1." */
  label: string;
  /** the ordinal it stands for (二 → 2), for detecting repeated or restarted numbering */
  ordinal: number;
  /** length of the marker including the spaces after it */
  length: number;
}

const cn = "一二三四五六七八九十百零〇两";
const patterns: [NumberingStyle, RegExp][] = [
  ["chapter", new RegExp(`^第([${cn}\\d]{1,5})[章编]\\s*`)],
  ["article", new RegExp(`^第([${cn}\\d]{1,5})条\\s*`)],
  ["cn-comma", new RegExp(`^([${cn}]{1,4})\\s*[、，．.]\\s*`)],
  ["cn-paren", new RegExp(`^[（(]\\s*([${cn}]{1,4})\\s*[）)]\\s*[、.．]?\\s*`)],
  ["arabic-dot", /^([\d０-９]{1,3})\s*(?:[.．](?![\d０-９])|、)\s*/],
  ["arabic-paren", /^[（(]\s*([\d０-９]{1,3})\s*[）)]\s*[、.．]?\s*/],
  ["circled", /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/],
];

/** The numbering marker at the start of `line` (already trimmed of leading spaces), if any. */
export function readMarker(line: string): Marker | undefined {
  const head = line.slice(0, 24);
  for (const [style, pattern] of patterns) {
    const m = pattern.exec(head);
    if (!m) continue;
    const raw = m[1] ?? "";
    // a heading needs words after the marker: "2025." or "一、" alone is not a clause
    if (m[0].length >= line.trim().length) return undefined;
    return { style, label: m[0].trim(), ordinal: ordinalOf(raw), length: m[0].length };
  }
  return undefined;
}

const cnDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function ordinalOf(raw: string): number {
  const ascii = raw.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".indexOf(raw);
  if (circled >= 0) return circled + 1;
  let total = 0;
  let digit = 0;
  for (const ch of raw) {
    if (ch === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else digit = cnDigits[ch] ?? 0;
  }
  return total + digit;
}
