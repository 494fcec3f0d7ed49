import {
  assessProfile,
  type CompiledProgramSet,
  evaluate,
  nearMisses,
  type Profile,
} from "@jiangce/rule-schema";
import { type Rounds, timeLoop, timeRounds } from "./measure.ts";
import type { BenchProfile } from "./profiles.ts";

/**
 * Evaluations per second with the issue-11 assists, against the plain path in the same run:
 * plain `evaluate`; `evaluate` + `nearMisses` (why not); `assessProfile` on partial profiles
 * (three values + ranked next questions: half of each profile's facts answered).
 */
export async function benchAssists(
  compiled: CompiledProgramSet,
  pool: readonly BenchProfile[],
  asOf: string,
  rounds: number,
  line: (name: string, r: Rounds) => void,
): Promise<{ plain: Rounds; nearMisses: Rounds; nextQuestions: Rounds }> {
  let sink = 0;
  const cycle = (batchSize: number, one: (p: Profile) => number) => {
    let i = 0;
    return () => {
      for (let k = 0; k < batchSize; k++) {
        sink += one(pool[i] as Profile);
        i = i + 1 === pool.length ? 0 : i + 1;
      }
    };
  };
  const partial = pool.map((p) => {
    const keys = Object.keys(p.facts);
    const kept = Object.fromEntries(keys.filter((_, i) => i % 2 === 0).map((k) => [k, p.facts[k]]));
    return { ...p, facts: kept } as Profile;
  });
  const run = async (name: string, batchSize: number, batch: () => void) => {
    await timeLoop(300, batchSize, batch);
    const r = await timeRounds(rounds, 1000, batchSize, batch);
    line(name, r);
    return r;
  };
  const plain = await run(
    "plain evaluate",
    1000,
    cycle(1000, (p) => evaluate(compiled, p, asOf).entitlements.length),
  );
  const misses = await run(
    "evaluate + nearMisses",
    100,
    cycle(100, (p) => nearMisses(evaluate(compiled, p, asOf)).length),
  );
  let j = 0;
  const next = await run("assessProfile (partial)", 100, () => {
    for (let k = 0; k < 100; k++) {
      sink += assessProfile(compiled, partial[j]!, asOf).questions.length;
      j = j + 1 === partial.length ? 0 : j + 1;
    }
  });
  if (sink === -1) console.log(sink);
  return { plain, nearMisses: misses, nextQuestions: next };
}
