import { entitlementKey } from "../engine/entitlement-key.ts";
import type { RosterOutcome } from "../engine/evaluate-many.ts";
import { type DescribedResult, describeResult } from "../engine/explain/describe.ts";
import { paidTotal } from "../engine/money.ts";
import type { EvaluationResult } from "../engine/types.ts";
import { readLines, type TextSource } from "./lines.ts";
import { checkProfile, type ProfileCheck, type RosterItem } from "./roster.ts";

/** Parse NDJSON profiles (one JSON object per line; blank lines skipped). Never throws on bad lines. */
export async function* parseNdjsonProfiles(
  source: TextSource | AsyncIterable<string>,
  options: { check?: ProfileCheck } = {},
): AsyncGenerator<RosterItem> {
  const mode = options.check ?? "fast";
  let line = 0;
  for await (const text of readLines(source as TextSource)) {
    line++;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield {
        ok: false,
        line,
        issues: [{ path: "", message: `第${line}行不是有效的 JSON`, code: "invalid_json" }],
      };
      continue;
    }
    yield checkProfile(value, line, mode);
  }
}

/** Compact JSON summary of a result: what is paid, what lost and why. */
export function summarizeResult(result: EvaluationResult) {
  const { totalFen, hasUnspecified } = paidTotal(result.entitlements);
  return {
    profileId: result.profileId,
    asOf: result.asOf,
    totalFen,
    hasUnspecified,
    entitlements: result.entitlements.map((e) => ({
      programId: e.ref.programId,
      citation: e.ref.citation,
      benefitId: e.ref.benefitId,
      matter: e.ref.matter,
      tierId: e.tier?.id ?? null,
      amountFen: e.amount,
      upTo: e.upTo,
      capped: e.capped,
      period: e.ref.period,
      payer: e.ref.payer,
      validUntil: e.ref.validUntil,
    })),
    excluded: result.excluded.map((x) => ({
      key: entitlementKey(x.candidate),
      amountFen: x.candidate.amount,
      rule: x.rule,
      excludedBy: x.by === null ? null : entitlementKey(x.by),
    })),
    treatments: result.treatments.map((t) => `${t.program.id}/${t.treatment.id}`),
  };
}

/**
 * Serialize results (or roster outcomes) as NDJSON lines, each ending in "\n".
 * `detail: true` writes the full describeResult view (conditions and values used).
 */
export async function* toNdjson(
  results:
    | AsyncIterable<EvaluationResult | RosterOutcome>
    | Iterable<EvaluationResult | RosterOutcome>,
  options: { detail?: boolean } = {},
): AsyncGenerator<string> {
  for await (const item of results) {
    if ("ok" in item) {
      if (!item.ok) {
        yield `${JSON.stringify({ line: item.line, error: item.issues })}\n`;
        continue;
      }
      yield `${JSON.stringify(render(item.result, options.detail))}\n`;
    } else yield `${JSON.stringify(render(item, options.detail))}\n`;
  }
}

function render(
  r: EvaluationResult,
  detail: boolean | undefined,
): DescribedResult | ReturnType<typeof summarizeResult> {
  return detail ? describeResult(r) : summarizeResult(r);
}
