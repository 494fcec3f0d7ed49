import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Where roster files live while a run needs them: the upload (deleted when its run ends) and
 * the run's per-row results (deleted when the list is confirmed or discarded, or after a day).
 * Nothing of a roster is written to the database until staff confirm a list. Processes that
 * share runs (pg-boss workers on several machines) must share this folder: ROSTER_SPOOL_DIR.
 */
export function spoolDir(): string {
  const dir = process.env.ROSTER_SPOOL_DIR ?? join(tmpdir(), "jiangce-roster");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

export const newUploadId = () => randomBytes(16).toString("hex");

const ext = (name: string) => (/\.xlsx$/i.test(name) ? ".xlsx" : ".csv");

export const uploadPath = (uploadId: string, fileName: string) =>
  join(spoolDir(), `upload-${uploadId}${ext(fileName)}`);
export const uploadMetaPath = (uploadId: string) => join(spoolDir(), `upload-${uploadId}.json`);
export const resultsPath = (runId: string) => join(spoolDir(), `results-${runId}.ndjson`);

/** Remove spool files older than `maxAgeMs` (abandoned uploads and unconfirmed results). */
export async function sweepSpool(maxAgeMs: number, now = Date.now()): Promise<number> {
  const dir = spoolDir();
  let removed = 0;
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info !== null && now - info.mtimeMs > maxAgeMs) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
