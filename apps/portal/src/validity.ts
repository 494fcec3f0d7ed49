// A program's validity as the portal shows it. The dates come from the engine's programWindow,
// so the portal and every computed entitlement agree on when a program is in force.
import { type Program, programWindow, todayInChina, windowStatus } from "@jiangce/rule-schema";
import { formatDate } from "./format.ts";

export type ValidityState = "upcoming" | "in-force" | "expired";

export const VALIDITY_LABEL: Record<ValidityState, string> = {
  upcoming: "尚未施行",
  "in-force": "施行中",
  expired: "已失效",
};

export interface ValidityView {
  /** "2022年1月1日 至 2026年12月31日", "自2022年10月9日起施行", "有效期至…" or "未注明" */
  text: string;
  state: ValidityState;
}

export function validityView(validity: Program["validity"], today = todayInChina()): ValidityView {
  const { from, until } = programWindow(validity);
  const status = windowStatus(from, until, today, false);
  const state: ValidityState =
    status === "expired" ? "expired" : status === "not-yet-effective" ? "upcoming" : "in-force";
  let text = "未注明";
  if (from && until) text = `${formatDate(from)} 至 ${formatDate(until)}`;
  else if (until) text = `有效期至${formatDate(until)}`;
  else if (from) text = `自${formatDate(from)}起施行`;
  return { text, state };
}
