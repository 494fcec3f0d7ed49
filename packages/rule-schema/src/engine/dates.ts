/** Calendar arithmetic on ISO `YYYY-MM-DD` strings (UTC, no time zones involved). */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = isoPattern.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Last day of a period of `months` that starts on (and includes) `start`:
 * the day before the corresponding date. 2022-01-01 + 5 years → 2026-12-31;
 * 2020-02-29 + 1 year → 2021-02-28 (no 02-29: the corresponding date rolls to 03-01).
 */
export function lastDayOfPeriod(start: string, months: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  return toIso(new Date(Date.UTC(y, m - 1 + months, d - 1)));
}

/** Last day of the calendar year of a date: "到2025年" → 2025-12-31. */
export function endOfYear(year: number): string {
  return `${String(year).padStart(4, "0")}-12-31`;
}
