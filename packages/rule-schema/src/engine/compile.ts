import { type ClauseCompilation, compileProgramClauses } from "./compile-clauses.ts";
import { conditionCompiler } from "./compile-condition.ts";
import { loadPrograms } from "./load-programs.ts";
import { matterGraph } from "./matter-graph.ts";
import { codeGenerationAvailable } from "./plan-code.ts";
import { programRefs } from "./program-refs.ts";
import { slotTable } from "./slot-table.ts";
import type { CompiledProgramSet, CompileOptions } from "./types.ts";

/**
 * Validate and compile programs once; evaluate many profiles against the result.
 * Accepts program files (parsed JSON) or already-validated programs. Throws
 * ProgramInvalidError (one program's issues) or ProgramSetInvalidError (set-level issues).
 *
 * The steps: validate the programs and the set (load-programs.ts), resolve each program's
 * dates, jurisdiction and precedence (program-refs.ts), order the matters by the amounts
 * that read each other (matter-graph.ts), compile clauses (compile-clauses.ts), assemble.
 */
export function compile(
  inputs: readonly unknown[],
  options: CompileOptions = {},
): CompiledProgramSet {
  const { programs, scope } = loadPrograms(inputs, options.catalogues);
  const derivable = new Set<string>();
  for (const p of programs) for (const d of p.derivations) derivable.add(d.fact);
  const conditions = conditionCompiler(scope);
  for (const key of derivable) conditions.reader(key); // derived facts get a slot up front

  const refs = programRefs(programs);
  const graph = matterGraph(programs);
  const compilation: ClauseCompilation = {
    scope,
    conditions,
    graph,
    generateCode: options.generateCode ?? codeGenerationAvailable(),
    benefits: [],
    treatments: [],
    derivations: [],
  };
  for (let i = 0; i < refs.length; i++) compileProgramClauses(compilation, refs[i]!, programs[i]!);

  const slots = conditions.slots;
  return {
    kind: "compiled-program-set",
    programs: refs,
    benefits: compilation.benefits,
    treatments: compilation.treatments,
    derivations: compilation.derivations,
    nodes: graph.nodes,
    referencedTotals: graph.referencedTotals,
    scope,
    derivable,
    slots,
    slotIndex: Object.assign(
      Object.create(null) as Record<string, number | undefined>,
      Object.fromEntries(slots),
    ),
    slotTable: slotTable(slots),
    scratch: {
      values: new Array(slots.size).fill(undefined),
      touched: new Int32Array(slots.size),
      present: new Int32Array((slots.size >> 5) + 1),
      ctx: { facts: {}, derived: null, kind: "", region: "", asOf: "", values: [] },
    },
    cache: { views: new Map(), lastAsOf: null, lastView: null },
    closures: conditions,
    generateCode: compilation.generateCode,
  };
}

export function isCompiled(value: unknown): value is CompiledProgramSet {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "compiled-program-set"
  );
}
