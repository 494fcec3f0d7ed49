import {
  type ComparisonOp,
  type Condition,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
  type RecordOp,
} from "../../schema/condition.ts";
import type { ResolvedFact } from "../../schema/facts-in-scope.ts";
import { conditionCompiler } from "../compile-condition.ts";
import { readFact } from "../context.ts";
import type { CompiledProgramSet, EvalContext } from "../types.ts";

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

/**
 * Re-evaluate a condition for explanation (off the hot path): which parts held and with
 * which values. Compiles small closures on the fly, so keep it out of loops.
 */
export function traceCondition(
  compiled: Pick<CompiledProgramSet, "scope" | "derivable">,
  condition: Condition,
  ctx: EvalContext,
): ConditionTrace {
  const compiler = conditionCompiler(compiled.scope as Map<string, ResolvedFact>, "direct");
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
      const where = compiler.compileRecord(c.fact, c.where);
      const matched = Array.isArray(actual)
        ? actual.filter((r) => r !== null && typeof r === "object" && where(r))
        : [];
      const met = c.op === "some" ? matched.length > 0 : matched.length === 0;
      return { kind: "records", met, fact: c.fact, op: c.op, where: c.where, matched };
    }
    return {
      kind: "fact",
      met: compiler.compile(c)(ctx),
      fact: c.fact,
      op: c.op,
      expected: c.value,
      actual,
      derived: ctx.derived !== null && ctx.derived[c.fact] !== undefined,
    };
  };
  return walk(condition);
}
