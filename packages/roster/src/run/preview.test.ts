import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliLimits, uploadLimits } from "../limits.ts";
import { listValues, previewRoster } from "./preview.ts";
import { runRoster } from "./run-roster.ts";

const dir = mkdtempSync(join(tmpdir(), "roster-preview-"));

function write(name: string, lines: string[]) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

describe("previewRoster (the mapping step's scan)", () => {
  it("counts each column's distinct values with their first lines, over the whole file", async () => {
    const lines = ["姓名,竞赛/奖项,荣誉"];
    for (let i = 0; i < 3_000; i++)
      lines.push(
        `人${i},${["金牌", "银牌", "一等奖"][i % 3]},${i % 2 ? "湖北工匠、武汉工匠" : ""}`,
      );
    lines.push('坏,"引号,x'); // a row that cannot be read still counts, as the run counts it
    const path = write("values.csv", lines);
    const preview = await previewRoster(path, uploadLimits, { maxDistinct: 50 });
    expect(preview.header).toEqual(["姓名", "竞赛/奖项", "荣誉"]);
    expect(preview.sample).toHaveLength(5);
    expect(preview.rows).toBe(3_001);
    const medal = preview.columns[1]!;
    expect(medal.values).toEqual([
      { value: "金牌", count: 1_000, lines: [2, 5, 8, 11, 14] },
      { value: "银牌", count: 1_000, lines: [3, 6, 9, 12, 15] },
      { value: "一等奖", count: 1_000, lines: [4, 7, 10, 13, 16] },
    ]);
    expect(medal.otherRows).toBe(0);
    // a column of names: the first 50 kept, the other rows counted, never all held
    const names = preview.columns[0]!;
    expect(names.values).toHaveLength(50);
    expect(names.otherRows).toBe(3_000 - 50);
    // a list column read as a set fact reads it
    expect(listValues(preview.columns[2]!)).toEqual([
      { value: "湖北工匠", count: 1_500, lines: [3, 5, 7, 9, 11] },
      { value: "武汉工匠", count: 1_500, lines: [3, 5, 7, 9, 11] },
    ]);
    expect(listValues(medal)).toBeNull();

    // the run counts the same rows: the page's progress is rows done of preview.rows
    const progress: { rows: number; bytesRead: number }[] = [];
    const summary = await runRoster({
      path,
      programs: [],
      mapping: { kind: "person", columns: { 姓名: "name" }, values: {}, money: "yuan" },
      asOf: "2024-06-01",
      regionCode: "420112",
      limits: cliLimits,
      output: "none",
      identity: false,
      threads: 0,
      onProgress: (p) => progress.push(p),
    });
    expect(summary.rows).toBe(preview.rows);
    expect(progress.at(-1)).toEqual({ rows: preview.rows, bytesRead: statSync(path).size });
  });

  it("refuses a file over the row limit, as the run would", async () => {
    const path = write("many.csv", ["姓名", ...Array.from({ length: 30 }, (_, i) => `人${i}`)]);
    await expect(previewRoster(path, { ...uploadLimits, maxRows: 20 })).rejects.toThrow(
      /20 行上限/,
    );
  });
});
