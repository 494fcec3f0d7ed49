import { type EvaluationResult, nearMisses as engineNearMisses } from "@jiangce/rule-schema";
import type { RowNearMiss } from "./results.ts";

/** How many of a row's near misses staff see: the nearest few, as on the portal. */
export const ROW_NEAR_MISSES = 3;

/**
 * What a row nearly qualified for (差一点就符合的待遇), nearest first, in the engine's words.
 * Only the back office's row view asks for them: they cost a trace per missed benefit, which
 * a CLI run over a million rows does not pay.
 */
export function nearMisses(result: EvaluationResult): RowNearMiss[] {
  return engineNearMisses(result, { limit: ROW_NEAR_MISSES }).map((m) => ({
    label: m.tierLabel ? `${m.label}（${m.tierLabel}）` : m.label,
    citation: m.citation,
    reasons: m.failing.map((f) => f.text),
  }));
}
