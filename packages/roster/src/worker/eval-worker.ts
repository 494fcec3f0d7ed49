import { parentPort, workerData } from "node:worker_threads";
import { type CsvByteChunk, decodeChunk } from "../read/csv-chunks.ts";
import { parseCsvChunk, type RawRecord, type RecordError } from "../read/csv-records.ts";
import { createSession, type RunConfig } from "../run/session.ts";

/** A pool thread: decodes and parses CSV chunks (or takes records) and evaluates them, in order. */
export type EvalRequest =
  | { seq: number; chunk: CsvByteChunk }
  | { seq: number; records: RawRecord[]; errors?: RecordError[] };

function parseCsv(chunk: CsvByteChunk) {
  const { text, firstLine } = decodeChunk(chunk);
  return parseCsvChunk(text, firstLine);
}

const session = createSession(workerData as RunConfig);
const encoder = new TextEncoder();

parentPort!.on("message", (request: EvalRequest) => {
  const { records, errors } =
    "chunk" in request
      ? parseCsv(request.chunk)
      : { records: request.records, errors: request.errors ?? [] };
  const outcome = session.run(records, errors);
  // encode here, on this thread, and move the bytes: the main thread only writes them
  if (outcome.csv === "") parentPort!.postMessage({ seq: request.seq, outcome });
  else {
    const bytes = encoder.encode(outcome.csv);
    outcome.csv = "";
    outcome.bytes = bytes;
    parentPort!.postMessage({ seq: request.seq, outcome }, [bytes.buffer]);
  }
});
