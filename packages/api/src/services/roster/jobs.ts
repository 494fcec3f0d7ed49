import type { Db } from "@jiangce/db";
import PgBoss from "pg-boss";
import { executeRun } from "./execute.ts";
import { sweepSpool } from "./spool.ts";

/**
 * Roster runs are jobs: they outlive the request that starts them, report progress on the
 * run's row, and survive a restart. On PostgreSQL they go through pg-boss, so any server
 * process (on any machine sharing the spool) may work on them, and a job whose process died is
 * handed to another when it expires; on the embedded SQLite they run in this process, one at
 * a time. At start, runs left queued or running are resumed (from the start of the file, which
 * stays on the spool until its run ends) or, when the file is gone, marked failed: never lost.
 */
export interface RosterJobs {
  enqueue(runId: string): Promise<void>;
  /** stop it here if this process is working on it (other processes notice the status) */
  cancel(runId: string): void;
  stop(): Promise<void>;
}

const QUEUE = "roster-run";
const jobs = new WeakMap<Db, Promise<RosterJobs>>();

/** This database's job runner, started on first use. */
export function rosterJobs(db: Db): Promise<RosterJobs> {
  let runner = jobs.get(db);
  if (runner === undefined) {
    runner = db.dialect === "postgresql" ? startPgBoss(db) : Promise.resolve(startLocal(db));
    jobs.set(db, runner);
  }
  return runner;
}

/** At server start: resume or fail what a previous process left, sweep the spool. */
export async function startRosterJobs(db: Db): Promise<RosterJobs> {
  const runner = await rosterJobs(db);
  const left = await db.rosterRun.findMany({
    where: { status: { in: ["queued", "running"] } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  for (const run of left) await runner.enqueue(run.id);
  await sweepSpool(24 * 60 * 60 * 1000);
  return runner;
}

export async function stopRosterJobs(db: Db): Promise<void> {
  const runner = jobs.get(db);
  jobs.delete(db);
  await (await runner)?.stop();
}

function startLocal(db: Db): RosterJobs {
  const queue: string[] = [];
  const running = new Map<string, AbortController>();
  let active: Promise<void> | null = null;
  let stopped = false;
  const pump = () => {
    if (active !== null || stopped) return;
    const runId = queue.shift();
    if (runId === undefined) return;
    const abort = new AbortController();
    running.set(runId, abort);
    active = executeRun(db, runId, abort.signal)
      .catch(() => undefined)
      .finally(() => {
        running.delete(runId);
        active = null;
        pump();
      });
  };
  return {
    async enqueue(runId) {
      if (!queue.includes(runId) && !running.has(runId)) queue.push(runId);
      pump();
    },
    cancel(runId) {
      const i = queue.indexOf(runId);
      if (i !== -1) queue.splice(i, 1);
      running.get(runId)?.abort();
    },
    async stop() {
      stopped = true;
      queue.length = 0;
      for (const abort of running.values()) abort.abort();
      await active;
    },
  };
}

async function startPgBoss(db: Db): Promise<RosterJobs> {
  const boss = new PgBoss({ connectionString: db.url, schema: "pgboss" });
  boss.on("error", () => undefined); // a lost connection is retried by pg-boss itself
  await boss.start();
  // stately: one queued and one active job per run id, so a resumed run is never doubled
  await boss.createQueue(QUEUE, {
    name: QUEUE,
    policy: "stately",
    retryLimit: 2,
    expireInSeconds: 600,
  });
  const running = new Map<string, AbortController>();
  await boss.work<{ runId: string }>(QUEUE, async ([job]) => {
    if (job === undefined) return;
    const abort = new AbortController();
    running.set(job.data.runId, abort);
    try {
      await executeRun(db, job.data.runId, abort.signal);
    } finally {
      running.delete(job.data.runId);
    }
  });
  return {
    async enqueue(runId) {
      await boss.send(QUEUE, { runId }, { singletonKey: runId });
    },
    cancel(runId) {
      running.get(runId)?.abort();
    },
    async stop() {
      for (const abort of running.values()) abort.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
