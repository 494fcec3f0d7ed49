import { describe, expect, it } from "vitest";
import { runProgress } from "./progress.ts";

const started = new Date("2026-11-30T08:00:00Z");
const at = (seconds: number) => new Date(started.getTime() + seconds * 1000);
const run = {
  status: "running",
  rows: 0,
  totalRows: 40_000 as number | null,
  fileBytes: 4_000_000 as number | null,
  bytesRead: 0,
  startedAt: started as Date | null,
};

describe("a run's progress", () => {
  it("is rows done of the rows the upload counted, with rows per second", () => {
    const p = runProgress({ ...run, rows: 10_000, bytesRead: 3_000_000 }, at(4));
    expect(p).toEqual({ percent: 25, basis: "rows", rowsPerSecond: 2_500 });
  });

  it("falls back to bytes read of the file's size when the row count is not known", () => {
    const p = runProgress({ ...run, totalRows: null, rows: 500, bytesRead: 1_000_000 }, at(1));
    expect(p).toMatchObject({ percent: 25, basis: "bytes", rowsPerSecond: 500 });
  });

  it("reaches 100 only when done, never while the last rows are written", () => {
    expect(runProgress({ ...run, rows: 40_000 }, at(5)).percent).toBe(99);
    expect(runProgress({ ...run, status: "done", rows: 40_000 }, at(5)).percent).toBe(100);
    const cancelled = runProgress({ ...run, status: "cancelled", rows: 8_000 }, at(5));
    expect(cancelled.percent).toBe(20);
  });

  it("has no speed before the worker starts", () => {
    const queued = runProgress({ ...run, status: "queued", startedAt: null }, at(3));
    expect(queued).toEqual({ percent: 0, basis: "rows", rowsPerSecond: 0 });
  });
});
