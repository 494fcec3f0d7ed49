/**
 * The plain evaluation path alone, for a before/after comparison across checkouts:
 * `tsx tests/perf/plain-path.ts <pool.json> [rounds]` from a worktree's root. Imports the
 * engine of the checkout it sits in by relative path, and reads the seed programs' files, so
 * the same script (copied) measures an older commit on the same profiles.
 */
import { readFileSync } from "node:fs";
import { compile, evaluate, type Profile } from "../../packages/rule-schema/src/index.ts";

const [poolFile, roundsArg] = process.argv.slice(2);
const pool = JSON.parse(readFileSync(poolFile!, "utf8")) as Profile[];
const seeds = ["wuhan", "dongxihu", "huangshi", "quzhou", "lianyungang"].map((s) =>
  JSON.parse(
    readFileSync(new URL(`../../packages/programs/src/${s}/program.json`, import.meta.url), "utf8"),
  ),
);
const compiled = compile(seeds);
const asOf = "2026-06-30";
let sink = 0;
let i = 0;
const batch = () => {
  for (let k = 0; k < 1000; k++) {
    sink += evaluate(compiled, pool[i]!, asOf).entitlements.length;
    i = i + 1 === pool.length ? 0 : i + 1;
  }
};
const round = () => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < 1000) {
    batch();
    n += 1000;
  }
  const used = process.cpuUsage(cpu);
  return (n / (used.user + used.system)) * 1e6;
};
for (let w = 0; w < 2; w++) round();
const rates = Array.from({ length: Number(roundsArg ?? 7) }, round).sort((a, b) => a - b);
const median = rates[(rates.length - 1) >> 1]!;
console.log(
  JSON.stringify({
    median: Math.round(median),
    min: Math.round(rates[0]!),
    max: Math.round(rates[rates.length - 1]!),
    sink: sink % 10,
  }),
);
