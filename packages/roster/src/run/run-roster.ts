import { createReadStream } from "node:fs";
import { extname } from "node:path";
import type { ResourceLimits } from "node:worker_threads";
import { RosterFileError, type RosterLimits } from "../limits.ts";
import type { RosterMapping } from "../mapping/mapping.ts";
import { type CsvByteChunk, csvByteChunks, decodeChunk } from "../read/csv-chunks.ts";
import { parseCsvChunk, type RawRecord, type RecordError } from "../read/csv-records.ts";
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
  onProgress?: (rows: number) => void;
  signal?: AbortSignal;
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

type Batch = { chunk: CsvByteChunk } | { records: RawRecord[]; errors?: RecordError[] };

/** The file as batches; the header is taken off the first one. */
async function* batchesOf(
  path: string,
  limits: RosterLimits,
  header: (h: string[]) => void,
  encoding: (e: string) => void,
): AsyncGenerator<Batch> {
  const ext = extname(path).toLowerCase();
  let first = true;
  const takeHeader = (records: RawRecord[]): RawRecord[] => {
    if (!first) return records;
    first = false;
    const head = records[0];
    if (head === undefined) throw new RosterFileError("empty", "文件是空的：第一行应为表头");
    header(head.fields.map((h) => h.trim()));
    return records.slice(1);
  };
  if (ext === ".xlsx") {
    encoding("xlsx");
    const { xlsxRecords } = await import("../read/xlsx-records.ts");
    for await (const records of xlsxRecords(path, limits)) yield { records: takeHeader(records) };
  } else if (ext === ".csv" || ext === ".txt") {
    for await (const chunk of csvByteChunks(
      createReadStream(path, { highWaterMark: 1 << 16 }),
      limits,
    )) {
      if (!first) {
        yield { chunk };
        continue;
      }
      encoding(chunk.encoding);
      const decoded = decodeChunk(chunk);
      const { records, errors } = parseCsvChunk(decoded.text, decoded.firstLine);
      if (errors.length > 0 && (records[0] === undefined || errors[0]!.line < records[0].line))
        throw new RosterFileError(
          "bad_header",
          `表头（第${errors[0]!.line}行）无法读取：${errors[0]!.reason}`,
        );
      yield { records: takeHeader(records), errors };
    }
  } else throw new RosterFileError("format", "名单应为 CSV（.csv）或 Excel（.xlsx）文件");
  if (first) throw new RosterFileError("empty", "文件是空的：第一行应为表头");
}

function checkHeader(header: string[], limits: RosterLimits) {
  if (header.length > limits.maxColumns)
    throw new RosterFileError(
      "too_many_columns",
      `表头有 ${header.length} 列，超过 ${limits.maxColumns} 列上限`,
    );
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== "" && seen.has(h))
      throw new RosterFileError("bad_header", `表头「${h}」重复，请改名后再上传`);
    seen.add(h);
  }
}

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
    options.onProgress?.(summary.rows);
  }

  try {
    const batches = batchesOf(
      options.path,
      limits,
      (h) => {
        checkHeader(h, limits);
        summary.header = h;
      },
      (e) => {
        summary.encoding = e;
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
            if ("records" in b) return session.run(b.records, b.errors);
            const decoded = decodeChunk(b.chunk);
            const { records, errors } = parseCsvChunk(decoded.text, decoded.firstLine);
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

/** A file's header and first rows, for the mapping step (bounded: stops after `sample` rows). */
export interface RosterPreview {
  header: string[];
  sample: string[][];
  encoding: string | null;
}

export async function previewRoster(
  path: string,
  limits: RosterLimits,
  sample = 5,
): Promise<RosterPreview> {
  const preview: RosterPreview = { header: [], sample: [], encoding: null };
  const batches = batchesOf(
    path,
    limits,
    (h) => {
      checkHeader(h, limits);
      preview.header = h;
    },
    (e) => {
      preview.encoding = e;
    },
  );
  for await (const batch of batches) {
    const records =
      "records" in batch
        ? batch.records
        : (() => {
            const decoded = decodeChunk(batch.chunk);
            return parseCsvChunk(decoded.text, decoded.firstLine).records;
          })();
    for (const r of records) if (preview.sample.length < sample) preview.sample.push(r.fields);
    if (preview.sample.length >= sample) break;
  }
  return preview;
}
