import type { DerivationRef, EvalContext, Plan } from "./types.ts";

/** shared by results without derivations; results are read-only */
export const noDerivations: DerivationRef[] = [];

/**
 * Runs the plan's derivations to a fixpoint: set facts gain the value, ordered facts are only
 * raised, others set. Derived values go to `ctx.derived` and their slots (marked present);
 * the profile is never mutated. Returns the derivations that fired.
 */
export function applyDerivations(
  plan: Plan,
  ctx: EvalContext,
  present: Int32Array,
): DerivationRef[] {
  const list = plan.derivations;
  let fired: DerivationRef[] | null = null;
  let changed = true;
  for (let pass = 0; changed && pass <= list.length; pass++) {
    changed = false;
    for (const d of list) {
      if ((present[d.maskWord]! & d.maskBits) !== d.maskBits) continue;
      if (fired?.includes(d.ref) || !d.test(ctx)) continue;
      if (fired === null) fired = [];
      fired.push(d.ref);
      changed = true;
      if (ctx.derived === null) ctx.derived = {};
      const derived = ctx.derived;
      const current = derived[d.key] ?? ctx.facts[d.key];
      let next: unknown = current;
      if (d.mode === "add") {
        const values = Array.isArray(current) ? current : [];
        if (!values.includes(d.value)) next = [...values, d.value];
      } else if (d.mode === "raise") {
        const have = typeof current === "string" ? (d.ranks!.get(current) ?? -1) : -1;
        if ((d.ranks!.get(String(d.value)) ?? -1) > have) next = d.value;
      } else next = d.value;
      derived[d.key] = next;
      ctx.values[d.slot] = next;
      present[d.slot >> 5]! |= 1 << (d.slot & 31);
    }
  }
  return fired ?? noDerivations;
}
