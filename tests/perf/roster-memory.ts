/**
 * Roster memory (run alone, or as a child process of engine-bench so that nothing else the
 * benchmark loaded counts): streams an NDJSON roster of N profiles, generated lazily in
 * memory, through the same path as `pnpm policy batch`: text chunks → parseNdjsonProfiles →
 * evaluateMany → a summary per profile, sampling process.memoryUsage() as it goes.
 * Prints a readable line and, last, one JSON line for the parent.
 * Usage: tsx perf/roster-memory.ts [N]
 */
import { parsePrograms, seedProgramFiles } from "@jiangce/programs";
import {
  compile,
  evaluateMany,
  type Profile,
  parseNdjsonProfiles,
  summarizeResult,
} from "@jiangce/rule-schema";
import { mb, memorySampler, rate } from "./support/measure.ts";
import { createPrng } from "./support/prng.ts";
import { profileGenerator } from "./support/profiles.ts";

const size = Number(process.argv[2] ?? 1_000_000);
const asOf = "2026-06-30";
const seed = 20261124;

const before = process.memoryUsage();
const programs = parsePrograms(seedProgramFiles);
const compiled = compile(programs);

// 10,000 distinct profiles, serialized once; the roster cycles through them with fresh ids,
// so generating the text costs little next to parsing and evaluating it.
const generate = profileGenerator(programs, createPrng(seed));
const bodies = Array.from({ length: 10_000 }, () => {
  const { id: _id, ...rest } = generate.next();
  return JSON.stringify(rest).slice(1);
});

/** The roster as text chunks of ~64 KiB, as a file or upload stream would deliver it. */
async function* rosterText(): AsyncGenerator<string> {
  let chunk = "";
  for (let n = 0; n < size; n++) {
    chunk += `{"id":"r${n}",${bodies[n % bodies.length]}\n`;
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function* profiles(): AsyncGenerator<Profile> {
  for await (const item of parseNdjsonProfiles(rosterText())) if (item.ok) yield item.profile;
}

// With --expose-gc (engine-bench passes it), a full collection at a quarter of the roster and
// at the end shows what is retained: constant memory means the same figure at both points.
const gc = (globalThis as { gc?: () => void }).gc;
const retained: number[] = [];
const checkpoint = () => {
  if (!gc) return;
  gc();
  retained.push(process.memoryUsage().heapUsed);
};

const memory = memorySampler(25);
const cpuStart = process.cpuUsage();
const start = performance.now();
let evaluated = 0;
let paying = 0;
let totalFen = 0;
for await (const result of evaluateMany(compiled, profiles(), asOf)) {
  evaluated++;
  const summary = summarizeResult(result);
  if (summary.entitlements.length > 0) paying++;
  totalFen += summary.totalFen;
  if ((evaluated & 0x1fff) === 0) memory.sample();
  if (evaluated === Math.floor(size / 4)) checkpoint();
}
const peak = memory.stop();
checkpoint();
const wallMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;

console.log(
  `  ${rate(evaluated)} profiles (${rate(paying)} with a payment, ${rate(totalFen / 100)} 元 in total) in ${(wallMs / 1000).toFixed(1)} s wall, ${rate((evaluated / cpuMs) * 1000)} /CPU-s (NDJSON parse + evaluate + summary)`,
);
console.log(
  `  peak RSS ${mb(peak.rssBytes)}, peak heap used ${mb(peak.heapUsedBytes)} (process start: RSS ${mb(before.rss)}, heap ${mb(before.heapUsed)}; ${peak.samples} samples)`,
);
if (retained.length === 2)
  console.log(
    `  heap retained after a full GC: ${mb(retained[0]!)} at ${rate(Math.floor(size / 4))} profiles, ${mb(retained[1]!)} at the end (no growth = constant memory; the peak is V8 letting garbage accumulate before collecting)`,
  );
console.log(
  JSON.stringify({
    evaluated,
    paying,
    wallMs,
    cpuMs,
    peakRss: peak.rssBytes,
    peakHeap: peak.heapUsedBytes,
    startRss: before.rss,
    retained,
  }),
);
