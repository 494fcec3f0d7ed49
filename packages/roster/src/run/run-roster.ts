import type { ResourceLimits } from "node:worker_threads";
import { RosterFileError, type RosterLimits } from "../limits.ts";
import type { RosterMapping } from "../mapping/mapping.ts";
import { type Batch, batchesOf, type ReadPosition, recordsOf } from "../read/batches.ts";
import type { RecordError } from "../read/csv-records.ts";
import { EvalPool } from "../worker/pool.ts";
import {
  emptyTotals,
  mergeTotals,
  mergeUnknown,
  type RunTotals,
  type UnknownSummary,
} from "./results.ts";
import { type BatchOutcome, createSession, type RunConfig } from "./session.ts";

export interface RunOptions {
  path: string;
  programs: readonly unknown[];
  /** regional catalogues the programs are compiled with (RunConfig.catalogues) */
  catalogues?: readonly unknown[];
  /** the mapping, or a function choosing it once the header is read */
  mapping: RosterMapping | ((header: readonly string[]) => RosterMapping);
  asOf: string;
  regionCode?: string;
  regionNames?: Readonly<Record<string, string>>;
  limits: RosterLimits;
  output: RunConfig["output"];
  identity: boolean;
  /** worker threads that parse and evaluate; 0 runs everything in this thread */
  threads: number;
  resourceLimits?: ResourceLimits;
  /** each batch's outcome, in file order (write its csv, keep its rows) */
  onBatch?: (outcome: BatchOutcome) => void | Promise<void>;
  /** the header and the mapping chosen for it, before any row (write a results header) */
  onHeader?: (header: readonly string[], mapping: RosterMapping) => void | Promise<void>;
  /** after each batch: rows done, and bytes read of the file (its size is known to the caller) */
  onProgress?: (progress: RunProgress) => void;
  signal?: AbortSignal;
}

export interface RunProgress {
  rows: number;
  bytesRead: number;
}

export interface RunSummary {
  header: string[];
  encoding: string | null;
  rows: number;
  evaluated: number;
  paying: number;
  /** rows that could not be evaluated (the first 100,000; `failedCount` counts all) */
  failed: RecordError[];
  failedCount: number;
  unknown: UnknownSummary[];
  totals: RunTotals;
}

const keptFailures = 100_000;

/**
 * Run a roster file through the programs: read it streaming, map each row to a profile,
 * evaluate, hand each batch's outcome to `onBatch` in file order, and return the totals.
 * With threads > 0 parsing and evaluation run on a pool of worker threads while this one
 * only reads and cuts the file; a few batches are in flight, so memory stays flat.
 */
export async function runRoster(options: RunOptions): Promise<RunSummary> {
  const { limits } = options;
  const summary: RunSummary = {
    header: [],
    encoding: null,
    rows: 0,
    evaluated: 0,
    paying: 0,
    failed: [],
    failedCount: 0,
    unknown: [],
    totals: emptyTotals(),
  };
  const unknown = new Map<string, UnknownSummary>();
  let evaluateBatch: ((b: Batch) => Promise<BatchOutcome> | BatchOutcome) | null = null;
  let pool: EvalPool | null = null;
  const window = Math.max(2, options.threads * 4);
  const inFlight: (Promise<BatchOutcome> | BatchOutcome)[] = [];
  let position: ReadPosition | null = null;

  async function consume(outcome: BatchOutcome) {
    summary.rows += outcome.rows;
    summary.evaluated += outcome.evaluated;
    summary.paying += outcome.paying;
    summary.failedCount += outcome.failed.length;
    for (const f of outcome.failed)
      if (summary.failed.length < keptFailures) summary.failed.push(f);
    mergeTotals(summary.totals, outcome.totals);
    mergeUnknown(unknown, outcome.unknown);
    if (summary.rows > limits.maxRows)
      throw new RosterFileError("too_many_rows", `超过 ${limits.maxRows} 行上限，请分批上传`);
    await options.onBatch?.(outcome);
    options.onProgress?.({ rows: summary.rows, bytesRead: position?.bytesRead() ?? 0 });
  }

  try {
    const batches = batchesOf(
      options.path,
      limits,
      (h) => {
        summary.header = h;
      },
      (e) => {
        summary.encoding = e;
      },
      (p) => {
        position = p;
      },
    );
    for await (const batch of batches) {
      if (options.signal?.aborted) throw new RosterFileError("cancelled", "已取消");
      if (evaluateBatch === null) {
        const mapping =
          typeof options.mapping === "function" ? options.mapping(summary.header) : options.mapping;
        await options.onHeader?.(summary.header, mapping);
        const config: RunConfig = {
          programs: options.programs,
          catalogues: options.catalogues ?? [],
          mapping,
          header: summary.header,
          asOf: options.asOf,
          regionCode: options.regionCode,
          regionNames: options.regionNames,
          maxCellChars: limits.maxCellChars,
          output: options.output,
          identity: options.identity,
        };
        if (options.threads > 0) {
          const p = new EvalPool(config, options.threads, options.resourceLimits);
          pool = p;
          evaluateBatch = (b) => p.submit(b);
        } else {
          const session = createSession(config);
          evaluateBatch = (b) => {
            const { records, errors } = recordsOf(b);
            return session.run(records, errors);
          };
        }
      }
      inFlight.push(evaluateBatch(batch));
      while (inFlight.length >= window) await consume(await inFlight.shift()!);
    }
    while (inFlight.length > 0) await consume(await inFlight.shift()!);
  } finally {
    await pool?.close();
  }
  summary.unknown = [...unknown.values()];
  return summary;
}
