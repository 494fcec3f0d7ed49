/**
 * What compiled conditions read during one evaluation. `derived` holds facts produced by
 * derivations (null until one fires), so the profile itself is never copied or mutated.
 */
export interface EvalContext {
  facts: Record<string, unknown>;
  derived: Record<string, unknown> | null;
  kind: string;
  region: string;
}

export type Predicate<T = EvalContext> = (target: T) => boolean;

export const alwaysTrue: Predicate<unknown> = () => true;

/** The value a condition sees for a top-level fact (derived first, then the profile). */
export function readFact(ctx: EvalContext, key: string): unknown {
  if (key === "recipientKind") return ctx.kind;
  if (key === "regionCode") return ctx.region;
  if (ctx.derived !== null && ctx.derived[key] !== undefined) return ctx.derived[key];
  return ctx.facts[key];
}
