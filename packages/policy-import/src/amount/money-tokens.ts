import { asciiDigits, parseNumber, toInteger } from "../text/numerals.ts";
import type { Span } from "../types.ts";

/** An amount of money as written: 0.6万元, 两万元, 5000元/人, 1.5亿元, 10万（、6万…元）. */
export interface MoneyToken extends Span {
  /** integer fen; undefined when written but not exactly representable (too big, fractional fen) */
  fen?: number;
  /** 5000元/人 → "人" */
  perUnit?: string;
  /** the next token is the other end of a range (3000—5000元, 3000至5000元) */
  rangeStart?: boolean;
  rangeEnd?: boolean;
}

const magnitudes: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

// One pass; classes and single quantifiers only, so no catastrophic backtracking.
const tokenPattern =
  /(\d[\d,]*(?:\.\d+)?|[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点]+)([十百千万亿]*)(元|块钱)?(?:[/／](人次|人|生|个|项|家|次|名|户|天|日|年|月|人·月|人·年))?/g;

interface Raw extends Span {
  number: string;
  magnitude: string;
  yuan: boolean;
  perUnit?: string;
}

/** Money amounts in `text` (offsets shifted by `base`). Numbers without 元 are kept only
 * when a list shares the unit of its last member: 10万、6万、2万、0.6万元. */
export function findMoney(text: string, base = 0): MoneyToken[] {
  // every amount ends in 元 (or 块钱), written or shared: no 元, no money
  if (!text.includes("元") && !text.includes("块钱")) return [];
  const ascii = asciiDigits(text);
  const raws: Raw[] = [];
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(ascii); m !== null; m = tokenPattern.exec(ascii)) {
    const [all, number = "", magnitude = "", yuan, perUnit] = m;
    if (all.length === 0) {
      tokenPattern.lastIndex++;
      continue;
    }
    if (ascii[m.index - 1] === "." || (number === "点" && magnitude === "")) continue;
    raws.push({
      start: m.index,
      end: m.index + all.length,
      number,
      magnitude,
      yuan: yuan !== undefined,
      ...(perUnit ? { perUnit } : {}),
    });
  }
  const isMoney = raws.map((r) => r.yuan);
  const range = raws.map(() => false);
  // a number inherits 元 from the next one when only a list separator lies between them
  for (let i = raws.length - 2; i >= 0; i--) {
    const here = raws[i] as Raw;
    const next = raws[i + 1] as Raw;
    if (isMoney[i] || !isMoney[i + 1]) continue;
    const between = ascii.slice(here.end, next.start);
    if (/^(?:、|，|,|和|及|与|或)$/.test(between) && sameShape(here, next)) isMoney[i] = true;
    else if (/^(?:至|到|-|~|－|—|～|——)$/.test(between)) {
      isMoney[i] = true;
      range[i] = true;
    }
  }
  const out: MoneyToken[] = [];
  raws.forEach((r, i) => {
    if (!isMoney[i]) return;
    const next = raws[i + 1];
    const magnitude = r.magnitude || (range[i] && next ? next.magnitude : "");
    const value = parseNumber(r.number);
    let shift = 2;
    for (const ch of magnitude) shift += magnitudes[ch] ?? 0;
    const fen = value ? toInteger(value, shift) : undefined;
    // 3500、2000元/人: an inherited 元 brings its unit along
    const perUnit = r.perUnit ?? (!r.yuan ? next?.perUnit : undefined);
    out.push({
      start: base + r.start,
      end: base + r.end,
      ...(fen !== undefined ? { fen } : {}),
      ...(perUnit ? { perUnit } : {}),
      ...(range[i] ? { rangeStart: true } : {}),
      ...(i > 0 && range[i - 1] ? { rangeEnd: true } : {}),
    });
  });
  return out;
}

/** A list member without 元 must look like money too: a figure with a magnitude or a plain
 * Arabic number, never a lone Chinese word like 一 in 一次性. */
function sameShape(here: Raw, next: Raw): boolean {
  if (/^\d/.test(here.number)) return here.magnitude !== "" || next.magnitude === "";
  return /[万亿千百十]/.test(here.number) || here.magnitude !== "";
}
