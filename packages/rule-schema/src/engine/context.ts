import type { EvalContext, Predicate } from "./types.ts";

/** Slots 0 and 1 always hold the profile's kind and region. */
export const kindSlot = 0;
export const regionSlot = 1;

export const alwaysTrue: Predicate<unknown> = () => true;

/** The value a condition sees for a top-level fact (derived first, then the profile). */
export function readFact(ctx: EvalContext, key: string): unknown {
  if (key === "recipientKind") return ctx.kind;
  if (key === "regionCode") return ctx.region;
  if (ctx.derived !== null && ctx.derived[key] !== undefined) return ctx.derived[key];
  return ctx.facts[key];
}
