/**
 * Chinese systems export CSV as UTF-8 (with or without BOM) or GB18030/GBK. The encoding is
 * decided on the first bytes: a UTF-8 BOM, else UTF-8 if the sample decodes strictly, else
 * GB18030 (a superset of GBK and GB2312).
 */
export type TextEncodingName = "utf-8" | "gb18030";

const utf8Bom = [0xef, 0xbb, 0xbf];

export function detectEncoding(sample: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (sample.length >= 3 && utf8Bom.every((b, i) => sample[i] === b))
    return { encoding: "utf-8", bom: 3 };
  try {
    // stream: true tolerates a character cut at the end of the sample
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return { encoding: "utf-8", bom: 0 };
  } catch {
    return { encoding: "gb18030", bom: 0 };
  }
}
