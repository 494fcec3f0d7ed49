import type { EventEmitter } from "node:events";
import { rm } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { RosterFileError, type RosterLimits } from "../limits.ts";
import type { RosterPreview } from "../run/preview.ts";
import type { RunProgress, RunSummary } from "../run/run-roster.ts";
import { workerFailure } from "./pool.ts";
import type { RunWorkerData, RunWorkerMessage } from "./run-worker.ts";
import { workerScript } from "./script.ts";

/** A worker's events (typed through EventEmitter: seen from a DOM-typed program — the editor
 * type-checks the API and with it this file — the Worker class loses its `on`). */
const events = (worker: Worker) => worker as unknown as EventEmitter;

export interface IsolatedRunOptions {
  /** heap cap of the thread, MB (young + old generation) */
  memoryMb?: number;
  timeoutMs?: number;
  onProgress?: (progress: RunProgress) => void;
  signal?: AbortSignal;
}

/**
 * Run a roster file in its own worker thread with a heap cap and a deadline: a zip bomb, a
 * sheet of a million formulas or a pathological CSV ends that thread (out of memory, timed
 * out, cancelled) with a reason, never the server. Results are in `data.resultsPath`; on
 * failure the partial file is removed.
 */
export function runInWorker(
  data: Extract<RunWorkerData, { resultsPath: string }>,
  options: IsolatedRunOptions = {},
): Promise<RunSummary> {
  const memoryMb = options.memoryMb ?? 256;
  const script = workerScript("run-worker");
  return new Promise<RunSummary>((resolve, reject) => {
    const worker = new Worker(script.code, {
      eval: script.eval,
      workerData: data,
      resourceLimits: {
        maxOldGenerationSizeMb: memoryMb,
        maxYoungGenerationSizeMb: 32,
        stackSizeMb: 4,
      },
    });
    let settled = false;
    const finish = (error: RosterFileError | null, summary?: RunSummary) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      void worker.terminate();
      if (error === null) resolve(summary!);
      else void rm(data.resultsPath, { force: true }).finally(() => reject(error));
    };
    const timer = setTimeout(
      () => finish(new RosterFileError("timeout", "处理超时，已中止（文件过大或构造异常）")),
      options.timeoutMs ?? 120_000,
    );
    const onAbort = () => finish(new RosterFileError("cancelled", "已取消"));
    options.signal?.addEventListener("abort", onAbort);
    events(worker).on("message", (m: RunWorkerMessage) => {
      if (m.type === "progress") options.onProgress?.({ rows: m.rows, bytesRead: m.bytesRead });
      else if (m.type === "done") finish(null, m.summary);
      else if (m.type === "preview") finish(new RosterFileError("internal", "预览不是运行"));
      else finish(new RosterFileError(m.code, m.message));
    });
    events(worker).on("error", (error: unknown) => finish(workerFailure(error)));
    events(worker).on("exit", (code: number) =>
      finish(new RosterFileError("worker_failed", `处理线程意外退出（${code}）`)),
    );
  });
}

/**
 * The mapping step's reading of an upload (header, first rows, row count, distinct values per
 * column) in a capped worker with the run's heap cap and deadline: it reads the whole file.
 */
export function previewInWorker(
  path: string,
  limits: RosterLimits,
  options: { memoryMb?: number; timeoutMs?: number } = {},
): Promise<RosterPreview> {
  const script = workerScript("run-worker");
  const data: RunWorkerData = { mode: "preview", path, limits };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script.code, {
      eval: script.eval,
      workerData: data,
      resourceLimits: {
        maxOldGenerationSizeMb: options.memoryMb ?? 256,
        maxYoungGenerationSizeMb: 32,
        stackSizeMb: 4,
      },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new RosterFileError("timeout", "读取文件超时，已中止（文件过大或构造异常）"));
    }, options.timeoutMs ?? 120_000);
    const done = (f: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    events(worker).on("message", (m: RunWorkerMessage) => {
      if (m.type === "preview") done(() => resolve(m.preview));
      else if (m.type === "failed") done(() => reject(new RosterFileError(m.code, m.message)));
    });
    events(worker).on("error", (error: unknown) => done(() => reject(workerFailure(error))));
    events(worker).on("exit", () =>
      done(() => reject(new RosterFileError("worker_failed", "处理线程意外退出"))),
    );
  });
}
