import { compareEntitlements, excludeLowerTiers } from "./precedence.ts";
import type { CompiledBenefit, Entitlement, EvalContext, Exclusion, Totals } from "./types.ts";

/**
 * The entitlement a benefit yields for this profile, or null: its condition, then its
 * amount, or the highest qualifying tier (the lower tiers are reported as excluded).
 * `tested`: the generated plan code already found the benefit's condition true.
 */
export function benefitCandidate(
  benefit: CompiledBenefit,
  ctx: EvalContext,
  totals: Totals | null,
  excluded: Exclusion[],
  tested: boolean,
): Entitlement | null {
  if (!tested && !benefit.test(ctx)) return null;
  if (benefit.tiers === null) return benefit.amount!(ctx, totals);
  let top: Entitlement | null = null;
  let lower: Entitlement[] | null = null;
  for (const tier of benefit.tiers) {
    if (!tier.test(ctx)) continue;
    const e = tier.amount(ctx, totals);
    if (e === null) continue;
    if (top === null) top = e;
    else {
      lower ??= [];
      if (compareEntitlements(e, top) > 0) {
        lower.push(top);
        top = e;
      } else lower.push(e);
    }
  }
  if (lower !== null && top !== null) excludeLowerTiers(lower, top, benefit, excluded);
  return top;
}
