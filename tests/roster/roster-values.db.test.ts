import { existsSync } from "node:fs";
import { generateRoster } from "@jiangce/roster";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finished, rosterServer, upload } from "./harness.ts";

type Server = Awaited<ReturnType<typeof rosterServer>>;
let server: Server;

beforeAll(async () => {
  server = await rosterServer();
}, 120_000);
afterAll(() => server?.close());

const asOf = "2024-06-01";
const csv = [
  "姓名,所在区,竞赛级别,竞赛/奖项,荣誉",
  "张三,420112,国家级,金牌,湖北工匠、全国技术能手",
  "李四,420112,国家级,一等奖,",
  "王五,420112,省级,参赛,暂无",
  "赵六,420112,省级,一等奖,湖北工匠",
].join("\n");

describe("mapping a roster's values to the catalogue", () => {
  it("scans the upload's values, runs with staff's value mapping and suggests it on the next upload", async () => {
    const answer = await upload(server, Buffer.from(`${csv}\n`), "竞赛名单.csv");
    expect(answer.statusCode, answer.body).toBe(200);
    const first = answer.json();
    expect(first.rows).toBe(4);
    const medals = first.columns.find((c: { header: string }) => c.header === "竞赛/奖项");
    expect(medals.values).toEqual([
      { value: "一等奖", count: 2, lines: [3, 5] },
      { value: "金牌", count: 1, lines: [2] },
      { value: "参赛", count: 1, lines: [4] },
    ]);
    const honours = first.columns.find((c: { header: string }) => c.header === "荣誉");
    expect(honours.parts.map((p: { value: string }) => p.value)).toEqual([
      "湖北工匠",
      "全国技术能手",
      "暂无",
    ]);
    expect(first.valueTargets.map((t: { target: string }) => t.target)).toEqual(
      expect.arrayContaining(["record:competitions.medal", "fact:honours", "fact:skillLevel"]),
    );
    // a label is suggested; a word the catalogue does not know is left for staff
    expect(first.valueSuggestions["competitions.medal"]).toEqual({ 金牌: "gold" });
    expect(first.valueSuggestions.honours).toMatchObject({
      湖北工匠: "provincial-craftsman",
      全国技术能手: "national-technical-expert",
    });
    expect(first.mapping.columns).toMatchObject({
      "竞赛/奖项": "record:competitions.medal",
      荣誉: "fact:honours",
    });

    // staff map 一等奖 to 金牌 and 参赛, 暂无 to 无/不适用, and keep the mapping for the district
    const values = {
      "competitions.medal": { 金牌: "gold", 一等奖: "gold", 参赛: "" },
      honours: { 湖北工匠: "provincial-craftsman", 暂无: "" },
    };
    const { runId } = await server.api.roster.start({
      uploadId: first.uploadId,
      regionCode: "420112",
      mapping: { ...first.mapping, values },
      asOf,
      saveMapping: true,
    });
    const run = await finished(server.api, runId);
    expect(run.status, run.error ?? "").toBe("done");
    expect(run).toMatchObject({ rows: 4, totalRows: 4, progress: { percent: 100 } });
    const summary = run.summary as { unknown: { value: string }[]; failedCount: number };
    expect(summary.failedCount).toBe(0);
    // what staff mapped is no longer unknown; nothing else changed
    expect(summary.unknown).toEqual([]);
    const { rows } = await server.api.roster.rows({ runId, payingOnly: false, limit: 10 });
    expect(rows.map((r) => r.unknown)).toEqual([[], [], [], []]);

    // the next upload of the district starts from the saved choices
    const again = (await upload(server, Buffer.from(`${csv}\n`), "竞赛名单2.csv")).json();
    expect(again.mapping.values).toEqual(values);
    expect(again.valueSuggestions["competitions.medal"]).toEqual({
      金牌: "gold",
      一等奖: "gold",
      参赛: "",
    });
  });

  it("shows a big run's progress against the scanned row count, and cancels it mid-way", async () => {
    const roster = generateRoster(60_000, { malformedEvery: 0 });
    const body = Buffer.from(`${[...roster.lines].join("\n")}\n`);
    const preview = (await upload(server, body, "大名单.csv")).json();
    expect(preview.rows).toBe(60_000);
    const { runId } = await server.api.roster.start({
      uploadId: preview.uploadId,
      regionCode: "420112",
      mapping: preview.mapping,
      asOf,
      saveMapping: false,
    });
    let seen: { percent: number; rowsPerSecond: number } | null = null;
    const deadline = Date.now() + 60_000;
    while (seen === null && Date.now() < deadline) {
      const run = await server.api.roster.get({ runId });
      if (run.status !== "queued" && run.status !== "running") break;
      if (run.progress.percent > 0) seen = run.progress;
      else await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen, "an intermediate percentage while running").not.toBeNull();
    expect(seen!.percent).toBeLessThan(100);
    expect(seen!.rowsPerSecond).toBeGreaterThan(0);
    await server.api.roster.cancel({ runId });
    const run = await finished(server.api, runId);
    expect(run.status).toBe("cancelled");
    expect(run.rows).toBeLessThan(60_000);
    await new Promise((r) => setTimeout(r, 500)); // the worker has stopped: nothing comes back
    const later = await server.db.rosterRun.findUniqueOrThrow({ where: { id: runId } });
    expect(later).toMatchObject({ status: "cancelled", summary: null });
    expect(existsSync(`${process.env.ROSTER_SPOOL_DIR}/results-${runId}.ndjson`)).toBe(false);
  });
});
