// A program's validity window as calendar dates, read from its document (rule-schema Validity).
import type { Program } from "@jiangce/rule-schema";
import type { ValidityDates } from "./format.ts";

function addMonthsMinusOneDay(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * First and last day (inclusive) the program is in force: 自印发/公布之日起 uses the issue or
 * publication date; 有效期为5年 counts from the effective date (2017-09-01 + 5年 → 2022-08-31).
 */
export function validityDates(validity: Program["validity"]): ValidityDates {
  const { effective, expiry } = validity;
  const effectiveFrom =
    effective.from === "date"
      ? effective.date
      : effective.from === "publication"
        ? (validity.published ?? validity.issued)
        : validity.issued;
  let effectiveUntil: string | undefined;
  if (expiry.kind === "last-day") effectiveUntil = expiry.date;
  if (expiry.kind === "duration" && effectiveFrom) {
    effectiveUntil = addMonthsMinusOneDay(
      effectiveFrom,
      (expiry.years ?? 0) * 12 + (expiry.months ?? 0),
    );
  }
  return { effectiveFrom: effectiveFrom ?? null, effectiveUntil: effectiveUntil ?? null };
}
