// Display helpers: dates and region levels as a Chinese reader expects them.
import { levelLabels } from "@jiangce/rule-schema";

/** "2027-12-31" or an ISO timestamp → "2027年12月31日" (the calendar date as written, no time zone shift). */
export function formatDate(value: string | Date): string {
  const iso = typeof value === "string" ? value : value.toISOString();
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** "省级", "市级", "区县级": the engine's words for issuer levels, readable by any level string. */
export const LEVEL_LABEL: Readonly<Record<string, string>> = levelLabels;
