import { conditionFactKeys } from "../engine/fact-keys.ts";
import {
  type Condition,
  type FactCondition,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
} from "../schema/condition.ts";

/** yes / no whatever the unanswered facts are, or maybe, depending on `dependsOn`. */
export interface Verdict {
  value: "yes" | "no" | "maybe";
  /** unanswered facts that can still decide it (empty unless maybe) */
  dependsOn: ReadonlySet<string>;
}

const none: ReadonlySet<string> = new Set();
export const yes: Verdict = { value: "yes", dependsOn: none };
export const no: Verdict = { value: "no", dependsOn: none };

/** Top-level facts a comparison or records test reads: its own, and those its refs name. */
export function leafFacts(c: Condition, into: Set<string> = new Set()): Set<string> {
  return conditionFactKeys(c, into);
}

/**
 * Kleene logic over a condition: a comparison or records test whose facts are all answered
 * is decided by `test` (the engine's own closure, so both agree); one reading an unanswered
 * fact is maybe. `unknown` maps each undecided fact to the unanswered facts behind it (a
 * fact a pending derivation may set depends on that derivation's facts).
 */
export function threeValued(
  c: Condition,
  unknown: ReadonlyMap<string, ReadonlySet<string>>,
  test: (leaf: Condition) => boolean,
  surelyTrue?: (leaf: FactCondition, open: readonly string[]) => boolean,
): Verdict {
  if (isAll(c) || isAny(c)) {
    const list = isAll(c) ? c.all : (c as { any: Condition[] }).any;
    const decisive = isAll(c) ? "no" : "yes";
    let pending: Set<string> | null = null;
    for (const s of list) {
      const v = threeValued(s, unknown, test, surelyTrue);
      if (v.value === decisive) return v.value === "no" ? no : yes;
      if (v.value === "maybe") {
        pending ??= new Set();
        for (const f of v.dependsOn) pending.add(f);
      }
    }
    if (pending !== null) return { value: "maybe", dependsOn: pending };
    return decisive === "no" ? yes : no;
  }
  if (isNot(c)) {
    const v = threeValued(c.not, unknown, test, surelyTrue);
    return v.value === "maybe" ? v : v.value === "yes" ? no : yes;
  }
  let pending: Set<string> | null = null;
  const open: string[] = [];
  for (const f of leafFacts(c)) {
    const behind = unknown.get(f);
    if (behind === undefined) continue;
    open.push(f);
    pending ??= new Set();
    for (const g of behind) pending.add(g);
  }
  if (pending !== null) {
    if (surelyTrue && !isRecordCondition(c) && surelyTrue(c, open)) return yes;
    return { value: "maybe", dependsOn: pending };
  }
  return test(c) ? yes : no;
}
