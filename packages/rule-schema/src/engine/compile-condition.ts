import {
  type Condition,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
  isRelative,
} from "../schema/condition.ts";
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
import { hasRelative, type RelativeEnv, relativeTest } from "./relative-condition.ts";
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
  const infoOf = (key: string, field?: string): FactInfo => {
    const fact = scope.get(key);
    const decl = field === undefined ? fact : fact?.fields.get(field);
    const values =
      field === undefined ? fact?.values : fact?.fields.get(field)?.values?.map((v) => v.value);
    return { type: decl?.type ?? "string", ranks: ranksOf(values, decl?.type ?? "") };
  };
  // record tests see only the record; a relative comparison inside `where` reads the
  // evaluation it belongs to from here (evaluation is synchronous, never re-entered)
  const holder: { ctx: EvalContext | null } = { ctx: null };
  const env: RelativeEnv = {
    readTop: (key) => topReader(key) as (ctx: EvalContext) => unknown,
    infoOf,
    compileRecord: (key, where) => compileRecordOf(key, where),
    holder,
  };
  const self = (t: never) => t as unknown as EvalContext;
  const held = () => holder.ctx as EvalContext;

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
      const where = compileField(c.where, fields, c.fact);
      const none = c.op === "none";
      if (hasRelative(c.where))
        return (t) => {
          holder.ctx = t as unknown as EvalContext;
          const list = read(t);
          if (!Array.isArray(list)) return none;
          for (let i = 0; i < list.length; i++) {
            const rec = list[i];
            if (rec !== null && typeof rec === "object" && where(rec as never)) return !none;
          }
          return none;
        };
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
    if (isRelative(c)) return relativeTest(c, read, info, self, env);
    if (mode === "slots") {
      const fast = slotOperatorTest(c, slotFor(c.fact), info);
      if (fast !== null) return fast as Predicate<never>;
    }
    return operatorTest(c, read, info);
  };

  const compileField = (
    c: Condition,
    fields: ReadonlyMap<string, FactField>,
    recordsKey: string,
  ): Predicate<never> => {
    if (isAll(c)) return combineAll(c.all.map((s) => compileField(s, fields, recordsKey)));
    if (isAny(c)) return combineAny(c.any.map((s) => compileField(s, fields, recordsKey)));
    if (isNot(c)) {
      const inner = compileField(c.not, fields, recordsKey);
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
    if (isRelative(c)) return relativeTest(c, read, info, held, env, recordsKey);
    return operatorTest(c, read, info);
  };
  const compileRecordOf = (recordsKey: string, where: Condition) => {
    const fields = scope.get(recordsKey)?.fields ?? new Map<string, FactField>();
    return compileField(where, fields, recordsKey) as Predicate<Record<string, unknown>>;
  };

  return {
    slots,
    reader: (key) => topReader(key) as (ctx: EvalContext) => unknown,
    compile(condition) {
      if (condition === undefined) return alwaysTrue;
      return compileTop(condition) as Predicate<EvalContext>;
    },
    compileRecord: compileRecordOf,
  };
}
