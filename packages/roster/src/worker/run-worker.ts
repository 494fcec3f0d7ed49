import { createWriteStream } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { RosterFileError, type RosterLimits } from "../limits.ts";
import type { RosterMapping } from "../mapping/mapping.ts";
import { previewRoster, type RosterPreview } from "../run/preview.ts";
import { type RunOptions, type RunProgress, runRoster } from "../run/run-roster.ts";

/**
 * A whole run in one thread with a memory cap (see run-in-worker.ts): reads the file,
 * evaluates it and writes each row's result as a JSON line to `resultsPath`, posting
 * progress; or only reads the file for the mapping step (`mode: "preview"`: header, first rows,
 * row count, distinct values per column; see preview.ts). Whatever a hostile file does to this thread, the process that started it lives.
 */
export type RunWorkerData =
  | (Omit<RunOptions, "onBatch" | "onProgress" | "onHeader" | "signal" | "threads" | "mapping"> & {
      mode?: "run";
      mapping: RosterMapping;
      resultsPath: string;
    })
  | { mode: "preview"; path: string; limits: RosterLimits };

export type RunWorkerMessage =
  | ({ type: "progress" } & RunProgress)
  | { type: "done"; summary: Awaited<ReturnType<typeof runRoster>> }
  | { type: "preview"; preview: RosterPreview }
  | { type: "failed"; code: string; message: string };

const data = workerData as RunWorkerData;
const post = (m: RunWorkerMessage) => parentPort!.postMessage(m);
if (data.mode === "preview") {
  try {
    post({ type: "preview", preview: await previewRoster(data.path, data.limits) });
  } catch (error) {
    post(failure(error));
  }
} else await run(data);

function failure(error: unknown): RunWorkerMessage {
  return error instanceof RosterFileError
    ? { type: "failed", code: error.code, message: error.message }
    : {
        type: "failed",
        code: "internal",
        message: error instanceof Error ? error.message : String(error),
      };
}

async function run(data: Extract<RunWorkerData, { resultsPath: string }>) {
  const out = createWriteStream(data.resultsPath);
  try {
    const summary = await runRoster({
      ...data,
      threads: 0,
      output: "rows",
      onBatch: (outcome) => {
        let text = "";
        for (const row of outcome.results) text += `${JSON.stringify(row)}\n`;
        if (text !== "" && !out.write(text))
          return new Promise<void>((r) => out.once("drain", () => r()));
      },
      onProgress: (progress) => post({ type: "progress", ...progress }),
    });
    await new Promise((r) => out.end(r));
    post({ type: "done", summary });
  } catch (error) {
    out.destroy();
    post(failure(error));
  }
}
