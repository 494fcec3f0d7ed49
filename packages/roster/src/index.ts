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
export { type MappedRow, rowMapper, type UnknownValue } from "./mapping/row-mapper.ts";
export { suggestMapping } from "./mapping/suggest.ts";
export { normalizeLabel, valueLookup } from "./mapping/values.ts";
export { type CsvChunk, csvChunks } from "./read/csv-chunks.ts";
export {
  completeRecordsEnd,
  parseCsvChunk,
  type RawRecord,
  type RecordError,
} from "./read/csv-records.ts";
export { decodeText, detectEncoding } from "./read/decode.ts";
export { cellText, xlsxRecords } from "./read/xlsx-records.ts";
export { checkZip } from "./read/zip-guard.ts";
