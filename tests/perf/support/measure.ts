// Timing and memory helpers for the benchmark scripts. "Per core" figures are
// evaluations per CPU-second of this process (user + system, all threads), so an
// engine that hands work to helper threads is not credited for the second core.
export interface Throughput {
  evaluations: number;
  wallMs: number;
  cpuMs: number;
  perWallSecond: number;
  perCpuSecond: number;
}

export function throughput(evaluations: number, wallMs: number, cpuMs: number): Throughput {
  return {
    evaluations,
    wallMs,
    cpuMs,
    perWallSecond: (evaluations / wallMs) * 1000,
    perCpuSecond: (evaluations / cpuMs) * 1000,
  };
}

/** Runs `batch` repeatedly until `budgetMs` of wall time has passed; each call evaluates `batchSize`. */
export async function timeLoop(
  budgetMs: number,
  batchSize: number,
  batch: () => void | Promise<void>,
): Promise<Throughput> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let evaluations = 0;
  let now = start;
  while (now - start < budgetMs) {
    await batch();
    evaluations += batchSize;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpuStart);
  return throughput(evaluations, now - start, (cpu.user + cpu.system) / 1000);
}

/** Several timed rounds of one workload; figures are judged on the median round. */
export interface Rounds {
  median: Throughput;
  min: Throughput;
  max: Throughput;
  rounds: Throughput[];
}

/**
 * `count` rounds of `roundMs` each. Why rounds: on a shared 2-core VM a single long window
 * swings ±20% with what else runs on the host (its L3 cache is shared); the median of
 * several rounds, printed with the spread, is a figure a rerun reproduces.
 */
export async function timeRounds(
  count: number,
  roundMs: number,
  batchSize: number,
  batch: () => void | Promise<void>,
): Promise<Rounds> {
  const rounds: Throughput[] = [];
  for (let i = 0; i < count; i++) rounds.push(await timeLoop(roundMs, batchSize, batch));
  const sorted = [...rounds].sort((a, b) => a.perCpuSecond - b.perCpuSecond);
  return {
    median: sorted[(sorted.length - 1) >> 1]!,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    rounds,
  };
}

export interface MemoryPeak {
  rssBytes: number;
  heapUsedBytes: number;
  samples: number;
}

/** Samples process.memoryUsage() on a timer and on demand; keeps the peaks. */
export function memorySampler(intervalMs = 20) {
  const peak: MemoryPeak = { rssBytes: 0, heapUsedBytes: 0, samples: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peak.rssBytes) peak.rssBytes = m.rss;
    if (m.heapUsed > peak.heapUsedBytes) peak.heapUsedBytes = m.heapUsed;
    peak.samples++;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    sample,
    stop(): MemoryPeak {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const rate = (n: number) => Math.round(n).toLocaleString("en-US");
