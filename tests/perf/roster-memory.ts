/**
 * Roster memory: the product's own command on a large roster. Writes NDJSON rosters of N/4
 * and N profiles to a temporary folder (10,000 distinct profiles from the benchmark's
 * generator, cycled with fresh ids), runs the built CLI on each, as district staff would:
 *
 *   node packages/policy-cli/dist/policy.mjs batch --roster roster.ndjson --out /dev/null
 *
 * and reads the child's peak resident memory (VmHWM, kept by the kernel) and CPU time from
 * /proc while it runs. The same peak for N/4 and N profiles is what constant memory looks
 * like. Needs the CLI built (`pnpm --filter @jiangce/policy-cli build`; `pnpm bench:engine`
 * does it) and Linux. Usage: tsx perf/roster-memory.ts [N]. Prints readable lines and,
 * last, one JSON line for engine-bench.
 */
import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePrograms, seedProgramFiles } from "@jiangce/programs";
import { mb, rate } from "./support/measure.ts";
import { createPrng } from "./support/prng.ts";
import { profileGenerator } from "./support/profiles.ts";

const size = Number(process.argv[2] ?? 1_000_000);
const asOf = "2026-06-30";
const seed = 20261124;
const cli = fileURLToPath(new URL("../../packages/policy-cli/dist/policy.mjs", import.meta.url));
if (!existsSync(cli))
  throw new Error(`${cli} is missing: run \`pnpm --filter @jiangce/policy-cli build\` first`);

const generate = profileGenerator(parsePrograms(seedProgramFiles), createPrng(seed));
const bodies = Array.from({ length: 10_000 }, () => {
  const { id: _id, ...rest } = generate.next();
  return JSON.stringify(rest).slice(1);
});

function writeRoster(path: string, count: number): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  let chunk = "";
  for (let n = 0; n < count; n++) {
    chunk += `{"id":"r${n}",${bodies[n % bodies.length]}\n`;
    if (chunk.length >= 1 << 20) {
      bytes += writeSync(fd, chunk);
      chunk = "";
    }
  }
  bytes += writeSync(fd, chunk);
  closeSync(fd);
  return bytes;
}

interface Run {
  profiles: number;
  paying: number;
  bytes: number;
  wallMs: number;
  cpuMs: number;
  peakRss: number;
}

const clockTick = 100; // USER_HZ on Linux

/** Peak RSS (bytes) and CPU time (ms) of a running process, from /proc. */
function sample(pid: number): { peakRss: number; cpuMs: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    if (hwm === null) return null; // a zombie: exited, its memory already gone
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    return { peakRss: Number(hwm[1]) * 1024, cpuMs: (ticks * 1000) / clockTick };
  } catch {
    return null; // exited between polls
  }
}

function runCli(roster: string, profiles: number, bytes: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [cli, "batch", "--roster", roster, "--out", "/dev/null", "--as-of", asOf],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    // both figures only grow while the process lives: keep the largest seen
    const last = { peakRss: 0, cpuMs: 0 };
    const poll = () => {
      const s = child.pid === undefined ? null : sample(child.pid);
      if (s === null) return;
      last.peakRss = Math.max(last.peakRss, s.peakRss);
      last.cpuMs = Math.max(last.cpuMs, s.cpuMs);
    };
    const timer = setInterval(poll, 10);
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      poll(); // the summary line is written just before exit: a last look while it lives
    });
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - start;
      const counts = /已处理 (\d+) 份档案.*其中 (\d+) 份有资金待遇/.exec(stderr);
      if (code !== 0 || counts === null) {
        reject(new Error(`policy batch exited with ${code}: ${stderr}`));
        return;
      }
      if (Number(counts[1]) !== profiles)
        reject(new Error(`policy batch read ${counts[1]} profiles, expected ${profiles}`));
      if (last.peakRss === 0) reject(new Error("could not read the CLI's memory from /proc"));
      resolve({ profiles, paying: Number(counts[2]), bytes, wallMs, ...last });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "jiangce-roster-"));
try {
  const runs: Run[] = [];
  for (const count of [Math.floor(size / 4), size]) {
    const path = join(dir, `roster-${count}.ndjson`);
    const bytes = writeRoster(path, count);
    const run = await runCli(path, count, bytes);
    rmSync(path);
    runs.push(run);
    console.log(
      `  ${rate(run.profiles)} profiles (${mb(run.bytes)} of NDJSON, ${rate(run.paying)} with a payment): peak RSS ${mb(run.peakRss)}, ${(run.wallMs / 1000).toFixed(1)} s wall, ${rate((run.profiles / run.cpuMs) * 1000)} /CPU-s (read + parse + evaluate + write NDJSON results)`,
    );
  }
  const [quarter, full] = runs as [Run, Run];
  console.log(
    JSON.stringify({
      evaluated: full.profiles,
      paying: full.paying,
      wallMs: full.wallMs,
      cpuMs: full.cpuMs,
      peakRss: full.peakRss,
      quarterProfiles: quarter.profiles,
      quarterPeakRss: quarter.peakRss,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
