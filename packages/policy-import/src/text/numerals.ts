/**
 * Numbers as policy texts write them: 3000, ３０００, 1,000, 0.6, 两万, 三千, 一百零五, 十五,
 * 零点六. Values stay exact: a decimal is an integer mantissa and a power of ten, so 0.6万元
 * becomes 600000 fen without floating point. The npm converters read 零点六万 wrongly, so
 * this grammar is ours.
 */
export interface Decimal {
  /** integer digits without the point: 0.6 → 6 */
  mantissa: number;
  /** power of ten: 0.6 → -1 */
  exponent: number;
}

const digitValues: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const smallUnits: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that can make up a Chinese numeral (for building scanners). */
export const chineseNumeralChars = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点";

/** Full-width digits and points → ASCII, length-preserving so offsets stay valid. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (ch) =>
    ch === "．" ? "." : ch === "％" ? "%" : String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48),
  );
}

/** "3000", "1,000", "0.6", "１.５" → exact decimal; undefined when not a plain number or too long. */
export function parseArabic(raw: string): Decimal | undefined {
  const text = asciiDigits(raw).replace(/[,，]/g, "");
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const whole = (m[1] ?? "").replace(/^0+(?=\d)/, "");
  const frac = (m[2] ?? "").replace(/0+$/, "");
  const digits = whole + frac;
  if (digits.length > 15) return undefined;
  return { mantissa: Number(digits), exponent: -frac.length };
}

/** 两万 → 20000, 一百零五 → 105, 十五 → 15, 零点六 → 0.6, 二〇二五 → 2025 (digit by digit). */
export function parseChinese(raw: string): Decimal | undefined {
  if (raw.length === 0 || raw.length > 30) return undefined;
  const point = raw.indexOf("点");
  if (point >= 0) {
    const whole = point === 0 ? { mantissa: 0, exponent: 0 } : parseChinese(raw.slice(0, point));
    const fracChars = raw.slice(point + 1);
    if (whole?.exponent !== 0 || fracChars.length === 0) return undefined;
    let frac = "";
    for (const ch of fracChars) {
      const d = digitValues[ch];
      if (d === undefined) return undefined;
      frac += String(d);
    }
    return parseArabic(`${whole.mantissa}.${frac}`);
  }
  // digit by digit: 二〇二五
  if ([...raw].every((ch) => digitValues[ch] !== undefined) && raw.length > 1)
    return parseArabic([...raw].map((ch) => String(digitValues[ch])).join(""));
  let yi = 0; // everything already multiplied by 亿
  let wan = 0; // the part multiplied by 万 inside the current 亿 group
  let section = 0;
  let digit: number | undefined;
  let sawAny = false;
  for (const ch of raw) {
    const d = digitValues[ch];
    if (d !== undefined) {
      digit = d;
      sawAny = true;
      continue;
    }
    const small = smallUnits[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
      sawAny = true;
      continue;
    }
    if (!sawAny || (ch !== "万" && ch !== "亿")) return undefined;
    section += digit ?? 0;
    digit = undefined;
    if (ch === "万") {
      wan += section * 1e4;
    } else {
      yi = (yi + wan + section) * 1e8;
      wan = 0;
    }
    section = 0;
  }
  const value = yi + wan + section + (digit ?? 0);
  if (!sawAny || !Number.isSafeInteger(value)) return undefined;
  return { mantissa: value, exponent: 0 };
}

/** Either form. */
export function parseNumber(raw: string): Decimal | undefined {
  const ascii = asciiDigits(raw);
  return /^[\d.,，]+$/.test(ascii) ? parseArabic(ascii) : parseChinese(raw);
}

/** value × 10^shift as an exact integer, or undefined when not integral or not safe. */
export function toInteger(value: Decimal, shift = 0): number | undefined {
  const exponent = value.exponent + shift;
  if (exponent < 0) {
    const divisor = 10 ** -exponent;
    if (value.mantissa % divisor !== 0) return undefined;
    return value.mantissa / divisor;
  }
  if (exponent > 20) return undefined;
  const result = value.mantissa * 10 ** exponent;
  return Number.isSafeInteger(result) ? result : undefined;
}

/** A plain number for display and targets (may be fractional: 35%). */
export function toNumber(value: Decimal): number {
  return value.mantissa * 10 ** value.exponent;
}
