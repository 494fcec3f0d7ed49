import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startRosterJobs, stopRosterJobs } from "@jiangce/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finished, rosterServer, upload } from "./harness.ts";

type Server = Awaited<ReturnType<typeof rosterServer>>;
let server: Server;

beforeAll(async () => {
  server = await rosterServer();
}, 120_000);
afterAll(() => server?.close());

const mapping = {
  kind: "person" as const,
  columns: { 姓名: "name", 称号: "fact:titles" },
  values: {},
  money: "yuan" as const,
};

describe("roster runs are jobs", () => {
  it("after a restart, resumes a run whose file is still there and fails one whose file is gone", async () => {
    const user = await server.db.user.findFirstOrThrow({ where: { username: "staff-420112" } });
    const base = { regionCode: "420112", asOf: "2024-06-01", mapping, createdById: user.id };
    // as a crashed process leaves them: one running with its file on the spool, one without
    const kept = await server.db.rosterRun.create({
      data: { ...base, status: "running", fileName: "a.csv", rows: 3 },
    });
    const lost = await server.db.rosterRun.create({
      data: { ...base, status: "queued", fileName: "b.csv" },
    });
    writeFileSync(
      join(process.env.ROSTER_SPOOL_DIR!, `run-${kept.id}.csv`),
      "姓名,称号\n张三,武汉工匠\n李四,\n",
    );

    await stopRosterJobs(server.db); // the old process is gone
    await startRosterJobs(server.db); // a new one starts

    const resumed = await finished(server.api, kept.id);
    expect(resumed).toMatchObject({ status: "done", rows: 2 });
    expect((resumed.summary as { paying: number }).paying).toBe(1);
    const failed = await finished(server.api, lost.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toContain("重新上传");
  });

  it("keeps nothing of a discarded run, and a cancelled run stops", async () => {
    const csv = Buffer.from("姓名,称号\n张三,武汉工匠\n");
    const preview = (await upload(server, csv, "c.csv")).json();
    const { runId } = await server.api.roster.start({
      uploadId: preview.uploadId,
      regionCode: "420112",
      mapping,
      asOf: "2024-06-01",
    });
    await finished(server.api, runId);
    expect((await server.api.roster.rows({ runId })).rows).toHaveLength(1);
    await server.api.roster.discard({ runId });
    await expect(server.api.roster.rows({ runId })).rejects.toThrow(/完成后/);
    expect(await server.db.rosterList.count({ where: { runId } })).toBe(0);

    // a queued run cancelled before any process took it is never started, even after a restart
    const user = await server.db.user.findFirstOrThrow({ where: { username: "staff-420112" } });
    const queued = await server.db.rosterRun.create({
      data: {
        regionCode: "420112",
        asOf: "2024-06-01",
        mapping,
        createdById: user.id,
        status: "queued",
        fileName: "e.csv",
      },
    });
    writeFileSync(
      join(process.env.ROSTER_SPOOL_DIR!, `run-${queued.id}.csv`),
      "姓名,称号\n张三,武汉工匠\n",
    );
    await server.api.roster.cancel({ runId: queued.id });
    await startRosterJobs(server.db);
    await new Promise((r) => setTimeout(r, 500));
    expect(await server.db.rosterRun.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject(
      {
        status: "cancelled",
        summary: null,
      },
    );
    expect(existsSync(join(process.env.ROSTER_SPOOL_DIR!, `run-${queued.id}.csv`))).toBe(false);
    await expect(server.api.roster.cancel({ runId: queued.id })).rejects.toThrow(/已结束/);
  });
});
