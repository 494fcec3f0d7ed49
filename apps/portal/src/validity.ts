// A program's validity as the portal shows it. The dates come from the engine's programWindow,
// so the portal and every computed entitlement agree on when a program is in force.
import { type Program, programWindow, todayInChina, windowStatus } from "@jiangce/rule-schema";
import { formatDate } from "./format.ts";

export type ValidityState = "upcoming" | "in-force" | "ending" | "expired";

export const VALIDITY_LABEL: Record<ValidityState, string> = {
  upcoming: "尚未施行",
  "in-force": "施行中",
  ending: "90天内到期",
  expired: "已失效 · 存档可查",
};

/** A program ending within this many days is flagged, so applicants know to hurry. */
export const ENDING_SOON_DAYS = 90;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface ValidityView {
  /** "2022年1月1日 至 2026年12月31日", "自2022年10月9日起施行", "有效期至…" or "未注明" */
  text: string;
  state: ValidityState;
}

/**
 * `archived`: the program's last live version expired on the server (its last day passed, or it
 * was withdrawn) and is kept readable; it is no longer in force whatever its dates say.
 */
export function validityView(
  validity: Program["validity"],
  today = todayInChina(),
  archived = false,
): ValidityView {
  const { from, until } = programWindow(validity);
  const status = windowStatus(from, until, today, false);
  const state: ValidityState =
    archived || status === "expired"
      ? "expired"
      : status === "not-yet-effective"
        ? "upcoming"
        : until && daysBetween(today, until) < ENDING_SOON_DAYS
          ? "ending"
          : "in-force";
  let text = "未注明";
  if (from && until) text = `${formatDate(from)} 至 ${formatDate(until)}`;
  else if (until) text = `有效期至${formatDate(until)}`;
  else if (from) text = `自${formatDate(from)}起施行`;
  return { text, state };
}
