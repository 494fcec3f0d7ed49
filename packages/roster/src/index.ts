export { profileCsvItems } from "./batch/profile-csv.ts";
export { csvColumns, toCsv } from "./batch/results-csv.ts";
export { cliLimits, RosterFileError, type RosterLimits, uploadLimits } from "./limits.ts";
export { identityNumberProblem, readDate, readYuan } from "./mapping/cells.ts";
export {
  type ColumnTarget,
  columnTargetSchema,
  parseMapping,
  type RosterMapping,
  type RosterMappingInput,
  rosterMappingSchema,
} from "./mapping/mapping.ts";
export {
  listParts,
  type MappedRow,
  rowMapper,
  type UnknownValue,
} from "./mapping/row-mapper.ts";
export { suggestMapping } from "./mapping/suggest.ts";
export {
  suggestValues,
  type ValueTarget,
  valueSuggester,
  valueTargets,
} from "./mapping/value-suggest.ts";
export { NO_VALUE, normalizeLabel, valueLookup } from "./mapping/values.ts";
export {
  type CsvByteChunk,
  type CsvChunk,
  completeRecordsEndBytes,
  csvByteChunks,
  csvChunks,
  decodeChunk,
} from "./read/csv-chunks.ts";
export {
  parseCsvChunk,
  type RawRecord,
  type RecordError,
} from "./read/csv-records.ts";
export { detectEncoding } from "./read/decode.ts";
export { checkZip } from "./read/zip-guard.ts";
export { csvRowWriter } from "./run/csv-rows.ts";
export {
  csvField,
  csvLine,
  type ExportColumns,
  errorCells,
  resultCells,
  resultHeader,
  safeCell,
} from "./run/export.ts";
export {
  type ColumnValues,
  type DistinctValue,
  listValues,
  type PreviewOptions,
  previewRoster,
  type RosterPreview,
} from "./run/preview.ts";
export {
  addRow,
  emptyTotals,
  mergeTotals,
  type RowEntitlement,
  type RowNearMiss,
  type RowResult,
  type RunTotals,
  type Total,
  type UnknownSummary,
} from "./run/results.ts";
export {
  type RunOptions,
  type RunProgress,
  type RunSummary,
  runRoster,
} from "./run/run-roster.ts";
export {
  type BatchOutcome,
  createSession,
  type RosterSession,
  type RunConfig,
} from "./run/session.ts";
export { generatedHeader, generateRoster, type MalformedKind } from "./testing/generate-roster.ts";
export { type IsolatedRunOptions, previewInWorker, runInWorker } from "./worker/run-in-worker.ts";
export type { RunWorkerData } from "./worker/run-worker.ts";
