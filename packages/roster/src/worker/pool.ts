import type { EventEmitter } from "node:events";
import { type ResourceLimits, Worker } from "node:worker_threads";
import { RosterFileError } from "../limits.ts";
import type { CsvByteChunk } from "../read/csv-chunks.ts";
import type { RawRecord, RecordError } from "../read/csv-records.ts";
import type { BatchOutcome, RunConfig } from "../run/session.ts";
import type { EvalRequest } from "./eval-worker.ts";
import { workerScript } from "./script.ts";

type Pending = { resolve: (o: BatchOutcome) => void; reject: (e: unknown) => void };

/** A worker's events (typed through EventEmitter: seen from a DOM-typed program — the editor
 * type-checks the API and with it this file — the Worker class loses its `on`). */
const events = (worker: Worker) => worker as unknown as EventEmitter;

/** Why a worker died, in the words staff see. */
export function workerFailure(error: unknown): RosterFileError {
  const code = (error as { code?: string }).code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY")
    return new RosterFileError(
      "out_of_memory",
      "处理该文件超出内存上限，已中止（文件可能过大或构造异常）",
    );
  return new RosterFileError(
    "worker_failed",
    `处理线程出错：${error instanceof Error ? error.message : String(error)}`,
  );
}

/**
 * Worker threads that parse and evaluate batches; batches go round-robin and each thread
 * answers in order, so results come back in the order they were sent.
 */
export class EvalPool {
  private readonly workers: Worker[] = [];
  private readonly pending: Map<number, Pending>[] = [];
  private next = 0;
  private seq = 0;
  private failure: RosterFileError | null = null;

  constructor(config: RunConfig, threads: number, resourceLimits?: ResourceLimits) {
    const script = workerScript("eval-worker");
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(script.code, {
        eval: script.eval,
        workerData: config,
        resourceLimits,
      });
      const pending = new Map<number, Pending>();
      events(worker).on("message", ({ seq, outcome }: { seq: number; outcome: BatchOutcome }) => {
        pending.get(seq)?.resolve(outcome);
        pending.delete(seq);
      });
      const fail = (error: unknown) => {
        this.failure ??= workerFailure(error);
        for (const p of pending.values()) p.reject(this.failure);
        pending.clear();
      };
      events(worker).on("error", fail);
      events(worker).on("exit", (code: number) => {
        if (pending.size > 0) fail(new Error(`线程意外退出（${code}）`));
      });
      this.workers.push(worker);
      this.pending.push(pending);
    }
  }

  submit(
    request: { chunk: CsvByteChunk } | { records: RawRecord[]; errors?: RecordError[] },
  ): Promise<BatchOutcome> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const i = this.next;
    this.next = (this.next + 1) % this.workers.length;
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending[i]!.set(seq, { resolve, reject });
      // chunk bytes move to the worker without a copy
      const transfer = "chunk" in request ? [request.chunk.bytes.buffer as ArrayBuffer] : [];
      this.workers[i]!.postMessage({ seq, ...request } as EvalRequest, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
