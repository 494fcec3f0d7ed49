import {
  type ComparisonOp,
  type Condition,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
  type Measure,
  type RecordOp,
  type ValueRef,
} from "../../schema/condition.ts";
import type { ResolvedFact } from "../../schema/facts-in-scope.ts";
import { conditionCompiler } from "../compile-condition.ts";
import { readFact } from "../context.ts";
import type { CompiledProgramSet, ConditionCompiler, EvalContext, Predicate } from "../types.ts";

/** A condition with the outcome and, for comparisons, the fact value that was used. */
export type ConditionTrace =
  | { kind: "all" | "any"; met: boolean; children: ConditionTrace[] }
  | { kind: "not"; met: boolean; child: ConditionTrace }
  | {
      kind: "fact";
      met: boolean;
      fact: string;
      op: ComparisonOp;
      expected: unknown;
      actual: unknown;
      /** true when the value came from a derivation, not the profile */
      derived: boolean;
      /** compared relative to the evaluation date, or with another value */
      measure?: Measure;
      ref?: ValueRef;
    }
  | {
      kind: "records";
      met: boolean;
      fact: string;
      op: RecordOp;
      where: Condition;
      /** the records that satisfied `where` */
      matched: unknown[];
    };

/** one direct-mode compiler per fact scope, and its closures per condition object */
const compilers = new WeakMap<
  object,
  { compiler: ConditionCompiler; tests: WeakMap<Condition, Predicate<never>> }
>();

function tracer(scope: ReadonlyMap<string, ResolvedFact>) {
  let t = compilers.get(scope);
  if (t === undefined) {
    t = { compiler: conditionCompiler(scope, "direct"), tests: new WeakMap() };
    compilers.set(scope, t);
  }
  return t;
}

/**
 * Re-evaluate a condition for explanation (off the hot path): which parts held and with
 * which values. The closures are compiled once per condition (nearMisses traces every
 * candidate that did not apply).
 */
export function traceCondition(
  compiled: Pick<CompiledProgramSet, "scope" | "derivable">,
  condition: Condition,
  ctx: EvalContext,
): ConditionTrace {
  const { compiler, tests } = tracer(compiled.scope);
  const closure = <T>(c: Condition, make: () => Predicate<T>): Predicate<T> => {
    let test = tests.get(c) as Predicate<T> | undefined;
    if (test === undefined) {
      test = make();
      tests.set(c, test as Predicate<never>);
    }
    return test;
  };
  const walk = (c: Condition): ConditionTrace => {
    if (isAll(c)) {
      const children = c.all.map(walk);
      return { kind: "all", met: children.every((x) => x.met), children };
    }
    if (isAny(c)) {
      const children = c.any.map(walk);
      return { kind: "any", met: children.some((x) => x.met), children };
    }
    if (isNot(c)) {
      const child = walk(c.not);
      return { kind: "not", met: !child.met, child };
    }
    const actual = readFact(ctx, c.fact);
    if (isRecordCondition(c)) {
      const where = closure(c.where, () => compiler.compileRecord(c.fact, c.where));
      // the whole test runs first: a comparison inside `where` relative to the evaluation
      // date or another fact reads this evaluation from it
      closure(c, () => compiler.compile(c))(ctx);
      const matched = Array.isArray(actual)
        ? actual.filter((r) => r !== null && typeof r === "object" && where(r))
        : [];
      const met = c.op === "some" ? matched.length > 0 : matched.length === 0;
      return { kind: "records", met, fact: c.fact, op: c.op, where: c.where, matched };
    }
    return {
      kind: "fact",
      met: closure(c, () => compiler.compile(c))(ctx),
      fact: c.fact,
      op: c.op,
      expected: c.value,
      actual,
      derived: ctx.derived !== null && ctx.derived[c.fact] !== undefined,
      ...(c.measure === undefined ? {} : { measure: c.measure }),
      ...(c.ref === undefined ? {} : { ref: c.ref }),
    };
  };
  return walk(condition);
}
