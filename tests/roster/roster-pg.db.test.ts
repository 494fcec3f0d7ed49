import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rosterJobs, startRosterJobs, stopRosterJobs } from "@jiangce/api";
import { createDb, type Db, migrate, seed } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PostgresServer, startPostgres } from "../support/postgres.ts";

let postgres: PostgresServer;
let db: Db;
let spool: string;

beforeAll(async () => {
  spool = mkdtempSync(join(tmpdir(), "jiangce-roster-pg-"));
  process.env.ROSTER_SPOOL_DIR = spool;
  postgres = await startPostgres();
  db = createDb({ url: await postgres.createDatabase() });
  await migrate(db);
  await seed(db, { demoAccounts: false });
}, 180_000);

afterAll(async () => {
  await stopRosterJobs(db);
  await db?.$disconnect();
  await postgres?.stop();
  rmSync(spool, { recursive: true, force: true });
});

async function settled(runId: string) {
  for (let i = 0; i < 600; i++) {
    const run = await db.rosterRun.findUniqueOrThrow({ where: { id: runId } });
    if (run.status !== "queued" && run.status !== "running") return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("run did not finish");
}

describe("roster runs on PostgreSQL go through pg-boss", () => {
  it("works a queued job, and resumes a run a dead process left running", async () => {
    const user = await db.user.create({
      data: { username: "staff-pg", displayName: "经办人", passwordHash: "!" },
    });
    const mapping = {
      kind: "person",
      columns: { 姓名: "name", 称号: "fact:titles" },
      values: {},
      money: "yuan",
    };
    const base = {
      regionCode: "420112",
      asOf: "2024-06-01",
      mapping,
      createdById: user.id,
      fileName: "r.csv",
    };
    const left = await db.rosterRun.create({ data: { ...base, status: "running" } });
    writeFileSync(join(spool, `run-${left.id}.csv`), "姓名,称号\n张三,武汉工匠\n李四,\n");

    await startRosterJobs(db); // pg-boss starts, the left run is sent again
    const resumed = await settled(left.id);
    expect(resumed).toMatchObject({ status: "done", rows: 2 });

    const fresh = await db.rosterRun.create({ data: { ...base, status: "queued" } });
    writeFileSync(join(spool, `run-${fresh.id}.csv`), "姓名,称号\n王五,武汉工匠\n");
    const jobs = await rosterJobs(db);
    await jobs.enqueue(fresh.id);
    await jobs.enqueue(fresh.id); // one queued job per run: not done twice
    const done = await settled(fresh.id);
    expect(done).toMatchObject({ status: "done", rows: 1 });
    expect((done.summary as { paying: number }).paying).toBe(1);
    const queued = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM pgboss.job WHERE name = 'roster-run' AND data->>'runId' = $1`,
      fresh.id,
    );
    expect(Number(queued[0]!.n)).toBe(1);
  }, 120_000);
});
