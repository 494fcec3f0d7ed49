import { readdir, readFile, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative } from "node:path";
import { seedProgramFiles } from "@jiangce/programs";
import {
  type CompiledProgramSet,
  compile,
  ProgramInvalidError,
  ProgramSetInvalidError,
} from "@jiangce/rule-schema";
import { CliError } from "./cli-io.ts";
import { formatIssue } from "./issues.ts";

/** A program file as read from disk (or a built-in seed program), not yet validated. */
export interface ProgramFile {
  /** where it came from, for messages: a path relative to the working directory, or "内置" */
  source: string;
  data: unknown;
}

/** Parse JSON with a Chinese message naming the file, line and column of a syntax error. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    let where = "";
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split("\n").length;
      const column = before.length - before.lastIndexOf("\n");
      where = `（第${line}行第${column}列附近）`;
    }
    throw new CliError(
      `${source}：不是有效的 JSON${where}：${message}。请检查括号、引号和逗号（JSON 不允许末尾多余的逗号和注释）`,
    );
  }
}

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(
      code === "ENOENT" ? `找不到文件 ${path}，请检查路径` : `无法读取 ${path}：${String(error)}`,
    );
  }
  return parseJson(text, displayPath(path));
}

/** A path as the user would recognise it: relative when inside the working directory. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

/**
 * The program files named on the command line: files, or directories (every *.json inside,
 * sorted by name). Without any, the five seed programs shipped in @jiangce/programs.
 */
export async function readProgramFiles(
  paths: readonly string[] | undefined,
): Promise<ProgramFile[]> {
  if (paths === undefined || paths.length === 0)
    return seedProgramFiles.map((data) => ({
      source: `内置方案 ${(data as { id?: string }).id ?? ""}`.trim(),
      data,
    }));
  const files: ProgramFile[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      throw new CliError(`找不到方案文件或目录 ${path}，请检查路径`);
    }
    if (isDirectory) {
      const names = (await readdir(path)).filter((n) => extname(n) === ".json").sort();
      if (names.length === 0) throw new CliError(`目录 ${path} 中没有 .json 方案文件`);
      for (const name of names) {
        const file = join(path, name);
        files.push({ source: displayPath(file), data: await readJsonFile(file) });
      }
    } else files.push({ source: displayPath(path), data: await readJsonFile(path) });
  }
  return files;
}

/**
 * The regional catalogues named with --catalogues (事实目录 exported from the back office): each
 * file holds one catalogue or an array of them. Programs written against a city's titles or
 * lists compile only with them, as they do in the back office and on the portal.
 */
export async function readCatalogueFiles(paths: readonly string[] | undefined): Promise<unknown[]> {
  const catalogues: unknown[] = [];
  for (const path of paths ?? []) {
    const data = await readJsonFile(path);
    catalogues.push(...(Array.isArray(data) ? data : [data]));
  }
  return catalogues;
}

/** Compile program files, turning schema errors into one readable Chinese message. */
export function compileProgramFiles(
  files: readonly ProgramFile[],
  catalogues: readonly unknown[] = [],
): CompiledProgramSet {
  try {
    return compile(
      files.map((f) => f.data),
      { catalogues },
    );
  } catch (error) {
    if (error instanceof ProgramInvalidError) {
      const file = files.find((f) => (f.data as { id?: unknown } | null)?.id === error.programId);
      const lines = error.issues.map((i) => `  ${formatIssue(i)}`);
      throw new CliError(
        `方案 ${file?.source ?? error.programId ?? ""} 不符合规则格式，请先修正（可用 pnpm policy validate 检查）：\n${lines.join("\n")}`,
      );
    }
    if (error instanceof ProgramSetInvalidError)
      throw new CliError(
        `这些方案不能一起计算：\n${error.issues.map((i) => `  ${i.path}：${i.message}`).join("\n")}`,
      );
    throw error;
  }
}

/** Programs to evaluate with: the files given, or the built-in seed programs. */
export async function loadPrograms(
  paths: readonly string[] | undefined,
  cataloguePaths?: readonly string[],
): Promise<CompiledProgramSet> {
  return compileProgramFiles(
    await readProgramFiles(paths),
    await readCatalogueFiles(cataloguePaths),
  );
}
