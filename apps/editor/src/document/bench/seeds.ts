// The seed programs the bench page can open (?seed=quzhou), parsed with the schema's defaults.
import { type Program, validateProgram } from "@jiangce/rule-schema";
import dongxihu from "../../../../../packages/programs/src/dongxihu/program.json";
import huangshi from "../../../../../packages/programs/src/huangshi/program.json";
import lianyungang from "../../../../../packages/programs/src/lianyungang/program.json";
import quzhou from "../../../../../packages/programs/src/quzhou/program.json";
import wuhan from "../../../../../packages/programs/src/wuhan/program.json";

const files: Record<string, unknown> = { huangshi, wuhan, dongxihu, quzhou, lianyungang };

export function loadSeed(name: string): Program {
  const result = validateProgram(files[name] ?? quzhou);
  if (!result.ok) throw new Error(`seed ${name} does not validate`);
  return result.value;
}
