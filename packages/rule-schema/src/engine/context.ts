/**
 * What compiled conditions read during one evaluation. `derived` holds facts produced by
 * derivations (null until one fires), so the profile itself is never copied or mutated.
 */
export interface EvalContext {
  facts: Record<string, unknown>;
  derived: Record<string, unknown> | null;
  kind: string;
  region: string;
  /**
   * Fact values by slot (compiled conditions read `values[slot]`, a fast indexed load,
   * instead of a keyed lookup per condition). Only valid during the evaluation.
   */
  values: unknown[];
}

/** Slots 0 and 1 always hold the profile's kind and region. */
export const kindSlot = 0;
export const regionSlot = 1;

export type Predicate<T = EvalContext> = (target: T) => boolean;

export const alwaysTrue: Predicate<unknown> = () => true;

/** The value a condition sees for a top-level fact (derived first, then the profile). */
export function readFact(ctx: EvalContext, key: string): unknown {
  if (key === "recipientKind") return ctx.kind;
  if (key === "regionCode") return ctx.region;
  if (ctx.derived !== null && ctx.derived[key] !== undefined) return ctx.derived[key];
  return ctx.facts[key];
}
