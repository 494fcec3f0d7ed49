import { type ClaimLimit, withClaimLimit } from "../schema/claim-limit.ts";
import {
  type Condition,
  type FactCondition,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
} from "../schema/condition.ts";

/**
 * The condition a compiled benefit, tier, treatment or derivation tests: the program's
 * effective date written in where a comparison names it (`ref: { date: "programEffective" }`,
 * 在本方案施行前), and the benefit's claim limit (每人每年可享受1次) added. A program without a
 * known effective date leaves such a comparison without a value: it never holds.
 */
export function bindConditions(
  condition: Condition | undefined,
  programFrom: string | null,
  claim?: { limit: ClaimLimit | undefined; matter: string },
): Condition | undefined {
  const bound = condition === undefined ? undefined : bind(condition, programFrom);
  return claim ? withClaimLimit(bound, claim.limit, claim.matter) : bound;
}

function bind(c: Condition, from: string | null): Condition {
  if (isAll(c)) return needsBinding(c) ? { all: c.all.map((s) => bind(s, from)) } : c;
  if (isAny(c)) return needsBinding(c) ? { any: c.any.map((s) => bind(s, from)) } : c;
  if (isNot(c)) return needsBinding(c) ? { not: bind(c.not, from) } : c;
  if (isRecordCondition(c)) return needsBinding(c) ? { ...c, where: bind(c.where, from) } : c;
  const ref = c.ref;
  if (ref === undefined || !("date" in ref)) return c;
  const { ref: _, ...rest } = c;
  return (from === null ? rest : { ...rest, value: from }) as FactCondition;
}

/** Untouched conditions keep their identity (treatments with equal conditions share a test). */
function needsBinding(c: Condition): boolean {
  if (isAll(c)) return c.all.some(needsBinding);
  if (isAny(c)) return c.any.some(needsBinding);
  if (isNot(c)) return needsBinding(c.not);
  if (isRecordCondition(c)) return needsBinding(c.where);
  return c.ref !== undefined && "date" in c.ref;
}
