import { compile, isCompiled } from "./compile.ts";
import type { CompiledProgramSet } from "./types.ts";

const compiledArrays = new WeakMap<readonly unknown[], CompiledProgramSet>();

/** A compiled set, compiling (and remembering) a plain array of programs on first use. */
export function toCompiled(programs: CompiledProgramSet | readonly unknown[]): CompiledProgramSet {
  if (isCompiled(programs)) return programs;
  let compiled = compiledArrays.get(programs);
  if (compiled === undefined) {
    compiled = compile(programs);
    compiledArrays.set(programs, compiled);
  }
  return compiled;
}
