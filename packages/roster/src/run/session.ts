import { type CompiledProgramSet, compile, evaluate } from "@jiangce/rule-schema";
import type { RosterMapping } from "../mapping/mapping.ts";
import { type MappedRow, rowMapper } from "../mapping/row-mapper.ts";
import type { RawRecord, RecordError } from "../read/csv-records.ts";
import { csvRowWriter } from "./csv-rows.ts";
import type { ExportColumns } from "./export.ts";
import { nearMisses } from "./near-misses.ts";
import {
  addEntitlements,
  addUnknown,
  emptyTotals,
  type RowResult,
  type RunTotals,
  rowEntitlements,
  type UnknownSummary,
} from "./results.ts";

/** Everything a thread needs to evaluate roster records; plain data, so it can cross to a worker. */
export interface RunConfig {
  /** program files as read (each thread compiles its own) */
  programs: readonly unknown[];
  /** the regional catalogues of the district and the regions above it (RegionalCatalogue data) */
  catalogues?: readonly unknown[];
  mapping: RosterMapping;
  header: readonly string[];
  asOf: string;
  /** region of rows without a 所在区 cell */
  regionCode?: string;
  /** district name → code for 所在区 cells holding names */
  regionNames?: Readonly<Record<string, string>>;
  maxCellChars: number;
  /** "csv": result lines as text (CLI); "rows": RowResult objects (server); "none": totals only */
  output: "csv" | "rows" | "none";
  /** put identity numbers into the results (a confirmed list needs them; totals never do) */
  identity: boolean;
}

/** What a batch of records came to. */
export interface BatchOutcome {
  /** data rows seen (evaluated + failed) */
  rows: number;
  evaluated: number;
  paying: number;
  failed: RecordError[];
  unknown: UnknownSummary[];
  totals: RunTotals;
  csv: string;
  /** `csv` encoded as UTF-8 by a worker thread and handed over without a copy */
  bytes?: Uint8Array;
  results: RowResult[];
}

export interface RosterSession {
  compiled: CompiledProgramSet;
  columns: ExportColumns;
  run(records: readonly RawRecord[], readErrors?: readonly RecordError[]): BatchOutcome;
}

/**
 * Compile the programs and the mapping once; then `run` evaluates batches synchronously
 * (a loop over an array beats an async iterator per row by ~30% on big rosters).
 */
export function createSession(
  config: RunConfig,
  compiled = compile(config.programs, { catalogues: config.catalogues ?? [] }),
): RosterSession {
  // district names in 所在区 cells: the caller's table (the city's districts), the mapping's
  // own values winning for other spellings
  const names = { ...config.regionNames, ...config.mapping.values.regionCode };
  const mapRow = rowMapper({
    header: config.header,
    mapping: config.mapping,
    scope: compiled.scope,
    regionCode: config.regionCode,
    regionByName: (n) => names[n],
    maxCellChars: config.maxCellChars,
  });
  const columns: ExportColumns = {
    identity: config.identity,
    attributes: config.header.filter((h) => config.mapping.columns[h] === "attribute"),
  };
  const { asOf, output } = config;

  const csv = csvRowWriter(columns);

  function run(
    records: readonly RawRecord[],
    readErrors: readonly RecordError[] = [],
  ): BatchOutcome {
    const outcome: BatchOutcome = {
      rows: records.length + readErrors.length,
      evaluated: 0,
      paying: 0,
      failed: [],
      unknown: [],
      totals: emptyTotals(),
      csv: "",
      results: [],
    };
    const unknown = new Map<string, UnknownSummary>();
    let text = "";
    let e = 0;
    const fail = (line: number, reason: string) => {
      outcome.failed.push({ line, reason });
      if (output === "csv") text += csv.error(line, reason);
    };
    for (const record of records) {
      // rows that could not be read come out among the others, in line order
      for (; e < readErrors.length && readErrors[e]!.line < record.line; e++)
        fail(readErrors[e]!.line, readErrors[e]!.reason);
      const row: MappedRow = mapRow(record);
      if (!row.ok) {
        fail(row.line, row.reason);
        continue;
      }
      let result: ReturnType<typeof evaluate>;
      try {
        result = evaluate(compiled, row.profile, asOf);
      } catch (error) {
        fail(row.line, `无法计算：${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      outcome.evaluated++;
      if (result.entitlements.length > 0) outcome.paying++;
      addEntitlements(outcome.totals, result.entitlements);
      if (row.unknown.length > 0) addUnknown(unknown, row.line, row.unknown);
      if (output === "csv")
        text += csv.row(
          row.line,
          row.profile.id,
          row.name,
          config.identity ? row.identityNumber : null,
          row.attributes,
          result.entitlements,
          row.unknown,
        );
      else if (output === "rows") {
        const entitlements = rowEntitlements(result);
        let totalFen = 0;
        for (const x of entitlements) totalFen += x.amountFen ?? 0;
        outcome.results.push({
          line: row.line,
          profileId: row.profile.id,
          name: row.name,
          identityNumber: config.identity ? row.identityNumber : null,
          attributes: row.attributes,
          entitlements,
          totalFen,
          unknown: row.unknown,
          nearMisses: nearMisses(result),
        });
      }
    }
    for (; e < readErrors.length; e++) fail(readErrors[e]!.line, readErrors[e]!.reason);
    outcome.csv = text;
    outcome.unknown = [...unknown.values()];
    return outcome;
  }

  return { compiled, columns, run };
}
