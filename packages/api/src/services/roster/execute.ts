import { existsSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "@jiangce/db";
import { RosterFileError, rosterMappingSchema, runInWorker, uploadLimits } from "@jiangce/roster";
import { cataloguesFor } from "../catalogue/catalogue-chain.ts";
import { regionTree } from "../region/region-tree.ts";
import { programsInForce } from "./programs-in-force.ts";
import { resultsPath, spoolDir } from "./spool.ts";

/** The uploaded file of a run (renamed to the run's id when it started). */
export async function runFile(runId: string): Promise<string | null> {
  for (const name of await readdir(spoolDir()))
    if (name === `run-${runId}.csv` || name === `run-${runId}.xlsx`) return join(spoolDir(), name);
  return null;
}

const keptFailures = 10_000;

/**
 * Do one run: programs in force for the district, the upload through a capped worker thread,
 * progress written as it goes, the outcome (counts, totals, failed lines, unknown values)
 * stored on the run. The upload is deleted whatever happens; per-row results stay on the
 * spool for the confirm step. Runs another process cancelled are noticed at the next progress.
 */
export async function executeRun(db: Db, runId: string, signal?: AbortSignal): Promise<void> {
  const run = await db.rosterRun.findUnique({ where: { id: runId } });
  if (run === null || (run.status !== "queued" && run.status !== "running")) return;
  const path = await runFile(runId);
  if (path === null || !existsSync(path)) {
    await db.rosterRun.update({
      where: { id: runId },
      data: { status: "failed", error: "上传的文件已不在服务器上（服务重启或已清理），请重新上传" },
    });
    return;
  }
  await db.rosterRun.update({
    where: { id: runId },
    data: { status: "running", rows: 0, bytesRead: 0, error: null, startedAt: new Date() },
  });
  const abort = new AbortController();
  signal?.addEventListener("abort", () => abort.abort());
  let lastWrite = 0;
  try {
    const summary = await runInWorker(
      {
        path,
        programs: await programsInForce(db, run.regionCode),
        catalogues: await cataloguesFor(db, run.regionCode),
        mapping: rosterMappingSchema.parse(run.mapping),
        asOf: run.asOf,
        regionCode: run.regionCode,
        regionNames: await districtNames(db, run.regionCode),
        limits: uploadLimits,
        output: "rows",
        identity: true,
        resultsPath: resultsPath(runId),
      },
      {
        signal: abort.signal,
        onProgress: ({ rows, bytesRead }) => {
          const now = Date.now();
          if (now - lastWrite < 250) return;
          lastWrite = now;
          void db.rosterRun
            .updateMany({ where: { id: runId, status: "running" }, data: { rows, bytesRead } })
            .then(({ count }) => {
              if (count === 0) abort.abort(); // cancelled elsewhere
            });
        },
      },
    );
    const { failed, ...rest } = summary;
    await db.rosterRun.updateMany({
      where: { id: runId, status: "running" },
      data: {
        status: "done",
        rows: summary.rows,
        summary: JSON.parse(JSON.stringify({ ...rest, failed: failed.slice(0, keptFailures) })),
      },
    });
  } catch (error) {
    const cancelled = error instanceof RosterFileError && error.code === "cancelled";
    await db.rosterRun.updateMany({
      where: { id: runId, status: "running" },
      data: cancelled
        ? { status: "cancelled" }
        : { status: "failed", error: error instanceof Error ? error.message : String(error) },
    });
    await rm(resultsPath(runId), { force: true });
  } finally {
    await rm(path, { force: true });
  }
}

/**
 * 所在区 cells hold names as often as codes: the names of the districts of the run's city
 * (东西湖区 → 420112); the mapping's own `values.regionCode` still wins for other spellings.
 */
async function districtNames(db: Db, regionCode: string): Promise<Record<string, string>> {
  const tree = await regionTree(db);
  const city = regionCode.slice(0, 4);
  const names: Record<string, string> = {};
  for (const node of tree.byCode.values())
    if (node.code.startsWith(city) && node.code !== `${city}00`) names[node.name] = node.code;
  return names;
}
