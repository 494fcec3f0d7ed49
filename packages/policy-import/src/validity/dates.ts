import { parseNumber, toInteger } from "../text/numerals.ts";

const num = "[\\d０-９零〇一二两三四五六七八九十]";
/** 2027年12月31日, 二〇二七年十二月三十一日, 2027年底, 2027年 */
export const datePattern = new RegExp(
  `(${num}{4})\\s*年(?:\\s*(${num}{1,3})\\s*月(?:\\s*(${num}{1,3})\\s*日)?|(底|末))?`,
);

/** The last day meant by a written date: a year alone (到2025年) means its 31 December. */
export function lastDayOf(year: string, month?: string, day?: string): string | undefined {
  const y = int(year);
  if (y === undefined || y < 1949 || y > 2200) return undefined;
  const m = month ? int(month) : 12;
  if (m === undefined || m < 1 || m > 12) return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = day ? int(day) : last;
  if (d === undefined || d < 1 || d > last) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function int(raw: string): number | undefined {
  const v = parseNumber(raw);
  return v ? toInteger(v) : undefined;
}
