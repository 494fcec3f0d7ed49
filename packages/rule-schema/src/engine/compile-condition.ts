import { type Condition, isAll, isAny, isNot, isRecordCondition } from "../schema/condition.ts";
import type { FactField } from "../schema/fact.ts";
import type { ResolvedFact } from "../schema/facts-in-scope.ts";
import {
  combineAll,
  combineAny,
  type FactInfo,
  operatorTest,
  type Reader,
  ranksOf,
  slotOperatorTest,
} from "./condition-operators.ts";
import { alwaysTrue, kindSlot, readFact, regionSlot } from "./context.ts";
import type { ConditionCompiler, EvalContext, Predicate } from "./types.ts";

/**
 * Conditions are compiled once into closures; evaluating one is a few property reads and
 * comparisons, with no allocation. `derivable` lists facts derivations may set, the only
 * ones that need the derived-overlay lookup.
 */
export function conditionCompiler(
  scope: ReadonlyMap<string, ResolvedFact>,
  mode: "slots" | "direct" = "slots",
): ConditionCompiler {
  const slots = new Map<string, number>([
    ["recipientKind", kindSlot],
    ["regionCode", regionSlot],
  ]);
  const slotFor = (key: string): number => {
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(key, slot);
    }
    return slot;
  };
  const topReader = (key: string): Reader => {
    if (mode === "direct") return ((c: EvalContext) => readFact(c, key)) as Reader;
    const slot = slotFor(key);
    return ((c: EvalContext) => c.values[slot]) as Reader;
  };

  const compileTop = (c: Condition): Predicate<never> => {
    if (isAll(c)) return combineAll(c.all.map(compileTop));
    if (isAny(c)) return combineAny(c.any.map(compileTop));
    if (isNot(c)) {
      const inner = compileTop(c.not);
      return (t) => !inner(t);
    }
    const fact = scope.get(c.fact);
    const read = topReader(c.fact);
    if (isRecordCondition(c)) {
      const fields = fact?.fields ?? new Map<string, FactField>();
      const where = compileField(c.where, fields);
      const none = c.op === "none";
      return (t) => {
        const list = read(t);
        if (!Array.isArray(list)) return none;
        for (let i = 0; i < list.length; i++) {
          const rec = list[i];
          if (rec !== null && typeof rec === "object" && where(rec as never)) return !none;
        }
        return none;
      };
    }
    const info: FactInfo = {
      type: fact?.type ?? "string",
      ranks: ranksOf(fact?.values, fact?.type ?? ""),
    };
    if (mode === "slots") {
      const fast = slotOperatorTest(c, slotFor(c.fact), info);
      if (fast !== null) return fast as Predicate<never>;
    }
    return operatorTest(c, read, info);
  };

  const compileField = (c: Condition, fields: ReadonlyMap<string, FactField>): Predicate<never> => {
    if (isAll(c)) return combineAll(c.all.map((s) => compileField(s, fields)));
    if (isAny(c)) return combineAny(c.any.map((s) => compileField(s, fields)));
    if (isNot(c)) {
      const inner = compileField(c.not, fields);
      return (t) => !inner(t);
    }
    if (isRecordCondition(c)) return () => false;
    const field = fields.get(c.fact);
    const key = c.fact;
    const read = ((r: Record<string, unknown>) => r[key]) as Reader;
    const info: FactInfo = {
      type: field?.type ?? "string",
      ranks: ranksOf(
        field?.values?.map((v) => v.value),
        field?.type ?? "",
      ),
    };
    return operatorTest(c, read, info);
  };

  return {
    slots,
    reader: (key) => topReader(key) as (ctx: EvalContext) => unknown,
    compile(condition) {
      if (condition === undefined) return alwaysTrue;
      return compileTop(condition) as Predicate<EvalContext>;
    },
    compileRecord(recordsKey, where) {
      const fields = scope.get(recordsKey)?.fields ?? new Map<string, FactField>();
      return compileField(where, fields) as Predicate<Record<string, unknown>>;
    },
  };
}
