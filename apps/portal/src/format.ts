// Display helpers: dates, validity and region levels as a Chinese reader expects them.

/** "2027-12-31" or an ISO timestamp → "2027年12月31日" (the calendar date as written, no time zone shift). */
export function formatDate(value: string | Date): string {
  const iso = typeof value === "string" ? value : value.toISOString();
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** Today as YYYY-MM-DD in China Standard Time, the calendar the programs are written in. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export interface ValidityDates {
  effectiveFrom?: string | null;
  effectiveUntil?: string | null;
}

/** "2024年3月1日 至 2027年12月31日", "自2024年3月1日起施行（长期有效）", or "未注明". */
export function validityText({ effectiveFrom, effectiveUntil }: ValidityDates): string {
  if (effectiveFrom && effectiveUntil)
    return `${formatDate(effectiveFrom)} 至 ${formatDate(effectiveUntil)}`;
  if (effectiveUntil) return `有效期至${formatDate(effectiveUntil)}`;
  if (effectiveFrom) return `自${formatDate(effectiveFrom)}起施行`;
  return "未注明";
}

export type ValidityState = "upcoming" | "in-force" | "expired";

/** Where today lies relative to the validity window; the last day is inclusive. */
export function validityState(dates: ValidityDates, today = todayInChina()): ValidityState {
  if (dates.effectiveFrom && today < dates.effectiveFrom.slice(0, 10)) return "upcoming";
  if (dates.effectiveUntil && today > dates.effectiveUntil.slice(0, 10)) return "expired";
  return "in-force";
}

export const VALIDITY_LABEL: Record<ValidityState, string> = {
  upcoming: "尚未施行",
  "in-force": "施行中",
  expired: "已失效",
};

export const LEVEL_LABEL: Record<string, string> = {
  province: "省级",
  city: "市级",
  district: "区县级",
};
