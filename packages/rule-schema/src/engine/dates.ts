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

/** The later of two first days (null = no bound yet, undefined = none stated). */
export function laterDate(a: string | null, b: string | undefined): string | null {
  if (b === undefined) return a;
  if (a === null) return b;
  return a > b ? a : b;
}

/** The earlier of two last days (null = no bound yet, undefined = none stated). */
export function earlierDate(a: string | null, b: string | undefined): string | null {
  if (b === undefined) return a;
  if (a === null) return b;
  return a < b ? a : b;
}

/**
 * Today's date in China (UTC+8 all year, no daylight saving since 1991), `YYYY-MM-DD`: the
 * default evaluation date of the portal, the CLI and the server.
 */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
