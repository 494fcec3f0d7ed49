import type { Validity } from "../schema/validity.ts";
import { lastDayOfPeriod } from "./dates.ts";
import type { WindowStatus } from "./types.ts";

/** A program's resolved dates: first and last day in force (inclusive), null = unknown/open. */
export interface ProgramWindow {
  from: string | null;
  until: string | null;
}

export function programWindow(validity: Validity): ProgramWindow {
  const e = validity.effective;
  const from =
    e.from === "date"
      ? (e.date ?? null)
      : e.from === "issue"
        ? (validity.issued ?? null)
        : (validity.published ?? validity.issued ?? null);
  const x = validity.expiry;
  let until: string | null = null;
  if (x.kind === "last-day") until = x.date;
  else if (x.kind === "duration" && from !== null)
    until = lastDayOfPeriod(from, (x.years ?? 0) * 12 + (x.months ?? 0));
  return { from, until };
}

/** Where `asOf` falls; the last day is inclusive. */
export function windowStatus(
  from: string | null,
  until: string | null,
  asOf: string,
  requireFrom: boolean,
): WindowStatus {
  if (from === null && requireFrom) return "no-effective-date";
  if (from !== null && asOf < from) return "not-yet-effective";
  if (until !== null && asOf > until) return "expired";
  return "in-force";
}
