import { parentPort, workerData } from "node:worker_threads";
import { parseCsvChunk, type RawRecord, type RecordError } from "../read/csv-records.ts";
import { createSession, type RunConfig } from "../run/session.ts";

/** A pool thread: parses CSV chunks (or takes records) and evaluates them; one batch at a time. */
export type EvalRequest =
  | { seq: number; text: string; firstLine: number }
  | { seq: number; records: RawRecord[]; errors?: RecordError[] };

const session = createSession(workerData as RunConfig);
parentPort!.on("message", (request: EvalRequest) => {
  const { records, errors } =
    "text" in request
      ? parseCsvChunk(request.text, request.firstLine)
      : { records: request.records, errors: request.errors ?? [] };
  parentPort!.postMessage({ seq: request.seq, outcome: session.run(records, errors) });
});
