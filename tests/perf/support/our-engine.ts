// TEMP until @jiangce/rule-schema exports the engine from its index.
export { compile } from "../../../packages/rule-schema/src/engine/compile.ts";
export { evaluate } from "../../../packages/rule-schema/src/engine/evaluate.ts";

import type { CompiledProgramSet } from "../../../packages/rule-schema/src/engine/compile.ts";
import { evaluate } from "../../../packages/rule-schema/src/engine/evaluate.ts";
export async function* evaluateMany(
  c: CompiledProgramSet,
  lines: AsyncIterable<string>,
  asOf: string,
) {
  for await (const line of lines) yield evaluate(c, JSON.parse(line), asOf);
}
