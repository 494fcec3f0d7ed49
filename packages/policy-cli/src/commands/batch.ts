import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { profileCsvItems, toCsv } from "@jiangce/roster";
import {
  evaluateRoster,
  parseNdjsonProfiles,
  type RosterOutcome,
  todayInChina,
  toNdjson,
} from "@jiangce/rule-schema";
import { CliError, type CliIo, type ExitCode } from "../cli-io.ts";
import { checkAsOf } from "../profile-file.ts";
import { loadPrograms } from "../program-files.ts";

export type RosterFormat = "ndjson" | "csv";

export interface BatchOptions {
  roster: string;
  /** output format (default: the roster's own format) */
  format?: RosterFormat;
  /** output file (default: standard output) */
  out?: string;
  programs?: readonly string[];
  /** regional catalogue files (--catalogues) the programs are written against */
  catalogues?: readonly string[];
  asOf?: string;
  /** NDJSON only: write the full explanation view per profile instead of the summary */
  detail?: boolean;
}

function formatOf(path: string): RosterFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson";
  throw new CliError(
    `无法从扩展名判断名单格式：${path}。名单应为 .ndjson（每行一个 JSON 档案）或 .csv`,
  );
}

function parseFormat(value: string | undefined): RosterFormat | undefined {
  if (value === undefined || value === "ndjson" || value === "csv") return value;
  throw new CliError(`--format 应为 ndjson 或 csv，收到：${value}`);
}

/**
 * `policy batch --roster roster.ndjson|.csv`: evaluate every profile of a roster (免申即享
 * matching) and write one result per profile as NDJSON or CSV. The roster is streamed: a
 * line is read, evaluated and written before the next is read, so memory stays flat for any
 * roster size. Bad lines are reported in the output (and counted) without stopping the run;
 * exit code 1 when there were any.
 */
export async function batchCommand(options: BatchOptions, io: CliIo): Promise<ExitCode> {
  const asOf = checkAsOf(options.asOf ?? todayInChina());
  const input = formatOf(options.roster);
  const output = parseFormat(options.format) ?? input;
  if (options.detail && output !== "ndjson")
    throw new CliError("--detail 只适用于 --format ndjson 输出");
  try {
    if (!(await stat(options.roster)).isFile()) throw new Error();
  } catch {
    throw new CliError(`找不到名单文件 ${options.roster}，请检查路径`);
  }
  const compiled = await loadPrograms(options.programs, options.catalogues);

  const source = createReadStream(options.roster);
  const items =
    input === "csv" ? profileCsvItems(source, compiled.scope) : parseNdjsonProfiles(source);

  let profiles = 0;
  let paying = 0;
  let badLines = 0;
  async function* counted(): AsyncGenerator<RosterOutcome> {
    for await (const outcome of evaluateRoster(compiled, items, asOf)) {
      if (outcome.ok) {
        profiles++;
        if (outcome.result.entitlements.length > 0) paying++;
      } else badLines++;
      yield outcome;
    }
  }
  const lines =
    output === "csv" ? toCsv(counted()) : toNdjson(counted(), { detail: options.detail === true });

  // Lines go out in ~64 KiB pieces: one write per few hundred profiles instead of one per
  // profile (each write is a trip through the stream and the file system).
  async function* chunked(): AsyncGenerator<string> {
    let chunk = "";
    for await (const line of lines) {
      chunk += line;
      if (chunk.length >= 65_536) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk.length > 0) yield chunk;
  }

  const sink: Writable = options.out ? createWriteStream(options.out) : io.stdout;
  try {
    await pipeline(Readable.from(chunked()), sink, { end: options.out !== undefined });
  } catch (error) {
    // the reader went away (`… | head`): not an error of ours
    if ((error as { code?: string }).code === "EPIPE") return 0;
    throw error;
  }

  io.err(
    `已处理 ${profiles} 份档案（计算日期 ${asOf}），其中 ${paying} 份有资金待遇${badLines > 0 ? `；${badLines} 行有误，已在输出中注明原因` : ""}${options.out ? `；结果已写入 ${options.out}` : ""}。`,
  );
  return badLines > 0 ? 1 : 0;
}
