import type { ConditionTrace } from "../engine/explain/trace-condition.ts";
import { traceCondition } from "../engine/explain/trace-condition.ts";
import type { CompiledBenefit, EvaluationResult } from "../engine/types.ts";
import type { Condition, FactCondition } from "../schema/condition.ts";
import { isAll, isAny, isNot, isRecordCondition } from "../schema/condition.ts";
import { candidatesOf, ceilingFen } from "./candidates.ts";
import { type MissedCondition, missedComparison } from "./missed-condition.ts";
import { recordRequirement } from "./record-requirement.ts";

/** A benefit (or one of its tiers) the applicant did not get, and why. */
export interface NearMiss {
  key: string;
  programId: string;
  programTitle: string;
  citation: string;
  label: string;
  tierId: string | null;
  tierLabel: string | null;
  matter: string;
  /** what it would pay where the text fixes it (fen) */
  ceilingFen: number | null;
  failing: MissedCondition[];
  /** failing conditions + how far each was (0…1 each): lower is nearer */
  distance: number;
}

/**
 * For each benefit or tier of the applicant's kind, in force, that did not apply (nor lost
 * to precedence): the conditions that failed, with the value required and the applicant's
 * own, nearest first. Built only when asked; the evaluation itself records nothing of it.
 * A tier above the one paid counts (衢州大工匠 while 衢州工匠 was paid).
 */
export function nearMisses(result: EvaluationResult, options: { limit?: number } = {}): NearMiss[] {
  const compiled = result.compiled;
  const paid = new Map<string, number | "unspecified">();
  for (const e of result.entitlements) paid.set(e.ref.key, e.amount);
  const lost = new Set(result.excluded.map((x) => x.candidate.ref.key));
  const out: NearMiss[] = [];
  for (const c of candidatesOf(compiled, result, result.context.kind)) {
    if (c.kind !== "benefit") continue;
    const b = c.benefit;
    if (lost.has(b.ref.key)) continue;
    const own = b.condition ? traceCondition(compiled, b.condition, result.context) : null;
    const ownMisses = own ? failing(own, b.condition!, result) : [];
    const already = paid.get(b.ref.key);
    if (b.tiers === null) {
      if (already === undefined && ownMisses.length > 0) out.push(miss(b, null, ownMisses));
      continue;
    }
    for (const t of b.tiers) {
      const fen = ceilingFen(t.ref.amount);
      if (already !== undefined && (already === "unspecified" || fen === null || fen <= already))
        continue;
      const tc = t.ref.tier.conditions;
      const tierMisses = tc
        ? failing(traceCondition(compiled, tc, result.context), tc, result)
        : [];
      const all = [...ownMisses, ...tierMisses];
      if (all.length > 0) out.push(miss(b, t.ref, all));
    }
  }
  out.sort(
    (a, b) =>
      a.failing.length - b.failing.length || a.distance - b.distance || (a.key < b.key ? -1 : 1),
  );
  return options.limit === undefined ? out : out.slice(0, options.limit);
}

function miss(
  b: CompiledBenefit,
  tier: { id: string; label: string; amount: Parameters<typeof ceilingFen>[0] } | null,
  failing: MissedCondition[],
): NearMiss {
  const amount = tier?.amount ?? b.ref.benefit.amount;
  return {
    key: tier ? `${b.ref.key}/${tier.id}` : b.ref.key,
    programId: b.ref.programId,
    programTitle: b.ref.program.title,
    citation: b.ref.citation,
    label: b.ref.label,
    tierId: tier?.id ?? null,
    tierLabel: tier?.label ?? null,
    matter: b.ref.matter,
    ceilingFen: amount ? ceilingFen(amount) : null,
    failing,
    distance: failing.reduce((s, f) => s + f.closeness, 0),
  };
}

/** The failed comparisons of a trace: all of an `all`'s, the nearest branch of an `any`. */
function failing(
  t: ConditionTrace,
  c: Condition,
  result: EvaluationResult,
  records?: string,
): MissedCondition[] {
  if (t.met) return [];
  const scope = result.compiled.scope;
  if (t.kind === "all" && isAll(c))
    return t.children.flatMap((ch, i) => failing(ch, c.all[i]!, result, records));
  if (t.kind === "any" && isAny(c)) {
    const options = t.children.map((ch, i) => failing(ch, c.any[i]!, result, records));
    const score = (m: MissedCondition[]) => m.length + m.reduce((s, x) => s + x.closeness, 0) / 100;
    return options.reduce(
      (best, m) => (best.length === 0 || score(m) < score(best) ? m : best),
      [] as MissedCondition[],
    );
  }
  if (t.kind === "not" && isNot(c)) return [opaque(c.not, "不得符合", result)];
  if (t.kind === "records" && isRecordCondition(c))
    return [
      opaque(
        c,
        t.op === "some"
          ? `需有一条记录：${recordRequirement(c.where, result.compiled.scope.get(c.fact))}`
          : "有不应有的记录",
        result,
      ),
    ];
  if (t.kind === "fact") {
    const leaf = c as FactCondition;
    const fact = records === undefined ? scope.get(t.fact) : undefined;
    return [missedComparison(t, leaf, fact, result.asOf, records)];
  }
  return [];
}

/** A failed `not` or records test: no distance to measure, said in words. */
function opaque(c: Condition, words: string, result: EvaluationResult): MissedCondition {
  const fact = isAll(c) || isAny(c) || isNot(c) ? "" : c.fact;
  const label = result.compiled.scope.get(fact)?.label ?? fact;
  return {
    fact,
    required: null,
    actual: null,
    gap: null,
    unit: null,
    closeness: 1,
    text: `${label}${words}`,
  };
}
