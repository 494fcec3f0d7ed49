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
