import type { Condition } from "../schema/condition.ts";
import type { ResolvedFact } from "../schema/facts-in-scope.ts";
import { conditionEmitter, emitHelperNames, emitHelpers } from "./emit-condition.ts";
import type { ConditionCompiler, EvalContext, PlanCode, PlanTests } from "./types.ts";

/**
 * One generated function per plan tests every benefit and conditional treatment group of
 * the plan in a single pass and writes a bit per test into `out`: benefits from bit 0,
 * treatment groups from word `treatmentWord`. Why: a closure tree pays an indirect call per
 * node at call sites shared by every condition (the optimiser cannot inline them); the
 * generated function has one site per test, so the comparisons become straight-line code.
 * Same semantics as the closures by construction (emit-condition.ts), and the closures stay
 * the fallback where code generation is unavailable (a page whose CSP forbids eval).
 */
export interface PlanTest {
  condition: Condition | undefined;
  maskWord: number;
  maskBits: number;
}

let available: boolean | null = null;

/** Whether this runtime lets us compile code (false under a CSP without unsafe-eval). */
export function codeGenerationAvailable(): boolean {
  if (available === null) {
    try {
      available = new Function("return 1")() === 1;
    } catch {
      available = false;
    }
  }
  return available;
}

/**
 * One condition as a generated function of the evaluation context (tiers and derivations,
 * which run only when their benefit qualifies or their facts are present): straight-line
 * code instead of a closure tree, the same decision.
 */
export function generateTest(
  condition: Condition,
  scope: ReadonlyMap<string, ResolvedFact>,
  closures: ConditionCompiler,
): (ctx: EvalContext) => boolean {
  const emitter = conditionEmitter(scope, closures);
  const expression = emitter.emit(condition);
  const source = `"use strict";
${emitter.functions.join("\n")}
return function test(ctx) {
  const v = ctx.values;
  return ${expression};
};`;
  return instantiate(source, emitter.constants) as (ctx: EvalContext) => boolean;
}

function instantiate(source: string, constants: unknown[]): unknown {
  const factory = new Function("k", ...emitHelperNames, source) as (...args: unknown[]) => unknown;
  return factory(
    constants,
    ...emitHelperNames.map((n) => emitHelpers[n as keyof typeof emitHelpers]),
  );
}

export function generatePlanCode(
  benefits: readonly PlanTest[],
  treatmentGroups: readonly PlanTest[],
  scope: ReadonlyMap<string, ResolvedFact>,
  closures: ConditionCompiler,
): PlanCode {
  const emitter = conditionEmitter(scope, closures);
  const treatmentWord = (benefits.length + 31) >> 5;
  const words = treatmentWord + ((treatmentGroups.length + 31) >> 5);
  const presentWords = new Set<number>();
  const lines: string[] = [];
  const test = (t: PlanTest, bit: number) => {
    const parts: string[] = [];
    if (t.maskBits !== 0) {
      presentWords.add(t.maskWord);
      parts.push(`(p${t.maskWord} & ${t.maskBits}) === ${t.maskBits}`);
    }
    if (t.condition !== undefined) {
      const e = emitter.emit(t.condition);
      if (e !== "true") parts.push(e);
    }
    const w = bit >> 5;
    const mask = 1 << (bit & 31);
    lines.push(
      parts.length === 0 ? `  w${w} |= ${mask};` : `  if (${parts.join(" && ")}) w${w} |= ${mask};`,
    );
  };
  for (let i = 0; i < benefits.length; i++) test(benefits[i]!, i);
  for (let i = 0; i < treatmentGroups.length; i++)
    test(treatmentGroups[i]!, treatmentWord * 32 + i);

  const wordNames = Array.from({ length: words }, (_, w) => `w${w}`);
  const source = `"use strict";
${emitter.functions.join("\n")}
return function planTests(v, p, ctx, out) {
${[...presentWords]
  .sort((a, b) => a - b)
  .map((w) => `  const p${w} = p[${w}];`)
  .join("\n")}
  let ${wordNames.map((n) => `${n} = 0`).join(", ")};
${lines.join("\n")}
${wordNames.map((n, w) => `  out[${w}] = ${n};`).join("\n")}
};`;
  const run = instantiate(source, emitter.constants) as PlanTests;
  return { run, source, treatmentWord, words };
}
