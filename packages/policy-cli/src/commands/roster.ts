import { createWriteStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import type { Writable } from "node:stream";
import {
  cliLimits,
  csvLine,
  type ExportColumns,
  errorCells,
  parseMapping,
  RosterFileError,
  type RosterMapping,
  type RunSummary,
  resultCells,
  resultHeader,
  runRoster,
  suggestMapping,
} from "@jiangce/roster";
import type { openXlsx } from "@jiangce/roster/xlsx";
import { todayInChina } from "@jiangce/rule-schema";
import { CliError, type CliIo, type ExitCode } from "../cli-io.ts";
import { checkAsOf } from "../profile-file.ts";
import {
  compileProgramFiles,
  parseJson,
  readCatalogueFiles,
  readProgramFiles,
} from "../program-files.ts";
import { rosterReport } from "./roster-report.ts";

export interface RosterOptions {
  file: string;
  /** saved column/value mapping (JSON); without it the suggested mapping is used and printed */
  mapping?: string;
  asOf?: string;
  /** region of rows without a 所在区 column (the district running the roster) */
  region?: string;
  programs?: readonly string[];
  /** regional catalogue files (--catalogues) the programs are written against */
  catalogues?: readonly string[];
  /** results file (.csv or .xlsx); default: CSV on standard output */
  out?: string;
  /** put identity numbers into the results */
  identity?: boolean;
  /** worker threads (default: every core) */
  threads?: number;
}

async function readMapping(path: string): Promise<RosterMapping> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new CliError(`找不到映射文件 ${path}，请检查路径`);
  }
  try {
    return parseMapping(parseJson(text, path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `映射文件 ${path} 格式不对：${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Write to a stream, waiting when it is full, so a fast reader cannot fill memory. */
function writer(sink: Writable) {
  return (data: string | Uint8Array) =>
    sink.write(data)
      ? undefined
      : new Promise<void>((resolve) => sink.once("drain", () => resolve()));
}

/**
 * `policy roster <file>`: a register (CSV in UTF-8 or GB18030, or XLSX, Chinese headers)
 * through the programs in force (免申即享). Streams in constant memory; parsing and
 * evaluation run on every core in worker threads, in file order. Results: one line per
 * entitlement (a row with none gets one line, a row that could not be evaluated its reason);
 * totals per program, matter and payer and the unknown values on standard error.
 */
export async function rosterCommand(options: RosterOptions, io: CliIo): Promise<ExitCode> {
  const asOf = checkAsOf(options.asOf ?? todayInChina());
  if (options.region !== undefined && !/^\d{6}$/.test(options.region))
    throw new CliError(`--region 应为6位行政区划代码，收到：${options.region}`);
  try {
    if (!(await stat(options.file)).isFile()) throw new Error();
  } catch {
    throw new CliError(`找不到名单文件 ${options.file}，请检查路径`);
  }
  const files = await readProgramFiles(options.programs);
  const catalogues = await readCatalogueFiles(options.catalogues);
  const compiled = compileProgramFiles(files, catalogues);
  const saved = options.mapping === undefined ? undefined : await readMapping(options.mapping);
  const xlsxOut = options.out !== undefined && extname(options.out).toLowerCase() === ".xlsx";
  const identity = options.identity === true;
  const threads = Math.max(1, options.threads ?? availableParallelism());

  const sink: Writable | null = xlsxOut
    ? null
    : options.out
      ? createWriteStream(options.out)
      : io.stdout;
  const write = sink === null ? null : writer(sink);
  let xlsx: ReturnType<typeof openXlsx> | null = null;
  let columns: ExportColumns = { attributes: [], identity };
  let summary: RunSummary;
  try {
    summary = await runRoster({
      path: options.file,
      programs: files.map((f) => f.data),
      catalogues,
      mapping: (header) => saved ?? suggestMapping(header, compiled.scope),
      asOf,
      regionCode: options.region,
      limits: cliLimits,
      output: xlsxOut ? "rows" : "csv",
      identity,
      threads,
      // a worker's heap grows to V8's default limit before it collects: a cap keeps the whole
      // process under 200 MB (a batch needs well under 1 MB); measured on 300,000 rows, 2 threads
      resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 16 },
      onHeader: (header, mapping) => {
        if (saved === undefined)
          io.err(
            `未指定 --mapping，按表头自动映射（可保存为映射文件后修改）：\n${JSON.stringify(mapping)}`,
          );
        columns = {
          attributes: header.filter((h) => mapping.columns[h] === "attribute"),
          identity,
        };
        if (xlsxOut)
          return import("@jiangce/roster/xlsx").then(({ openXlsx }) => {
            xlsx = openXlsx(options.out!, resultHeader(columns));
          });
        else return write!(csvLine(resultHeader(columns)));
      },
      onBatch: async (outcome) => {
        if (write !== null) {
          if (outcome.bytes !== undefined) await write(outcome.bytes);
          else if (outcome.csv !== "") await write(outcome.csv);
          return;
        }
        for (const row of outcome.results)
          for (const cells of resultCells(row, columns)) xlsx!.add(cells);
        for (const failed of outcome.failed) xlsx!.add(errorCells(failed, columns));
      },
    });
  } catch (error) {
    if (error instanceof RosterFileError) throw new CliError(error.message);
    throw error;
  } finally {
    if (sink !== null && options.out) await new Promise((r) => sink.end(r));
    await (xlsx as ReturnType<typeof openXlsx> | null)?.close();
  }
  io.err(rosterReport(summary, asOf, compiled, options.out));
  return summary.failedCount > 0 ? 1 : 0;
}
