import type { EvaluationResult, RosterOutcome } from "@jiangce/rule-schema";
import { safeCell } from "../run/export.ts";

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = safeCell(String(value));
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvColumns = [
  "profileId",
  "programId",
  "citation",
  "benefitId",
  "matter",
  "label",
  "tierId",
  "amountFen",
  "upTo",
  "capped",
  "period",
  "payer",
  "validFrom",
  "validUntil",
  "error",
] as const;

/**
 * Serialize results as CSV lines ("\n"-terminated): a header, then one row per entitlement;
 * a profile with none gets one row with empty benefit columns, a bad roster line one row
 * with `error`. Cells a spreadsheet would run as a formula are escaped (see safeCell).
 */
export async function* toCsv(
  results:
    | AsyncIterable<EvaluationResult | RosterOutcome>
    | Iterable<EvaluationResult | RosterOutcome>,
): AsyncGenerator<string> {
  yield `${csvColumns.join(",")}\n`;
  for await (const item of results) {
    let result: EvaluationResult;
    if ("ok" in item) {
      if (!item.ok) {
        const msg = item.issues
          .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
          .join("; ");
        const cells = Array<string>(csvColumns.length).fill("");
        cells[0] = `line ${item.line}`;
        cells[csvColumns.length - 1] = msg;
        yield `${cells.map(csvCell).join(",")}\n`;
        continue;
      }
      result = item.result;
    } else result = item;
    if (result.entitlements.length === 0) {
      yield `${csvCell(result.profileId)}${",".repeat(csvColumns.length - 1)}\n`;
      continue;
    }
    let out = "";
    for (const e of result.entitlements)
      out += `${[
        result.profileId,
        e.ref.programId,
        e.ref.citation,
        e.ref.benefitId,
        e.ref.matter,
        e.ref.label,
        e.tier?.id ?? "",
        e.amount,
        e.upTo,
        e.capped,
        e.ref.period,
        e.ref.payer,
        e.ref.validFrom ?? "",
        e.ref.validUntil ?? "",
        "",
      ]
        .map(csvCell)
        .join(",")}\n`;
    yield out;
  }
}
