import {
  catalogueLabel,
  compile,
  type Program,
  ProgramSetInvalidError,
  type RegionalCatalogue,
  stageLabels,
  validateCatalogue,
  validateProgram,
} from "@jiangce/rule-schema";
import { CliError, type CliIo, type ExitCode } from "../cli-io.ts";
import { formatIssue } from "../issues.ts";
import { type ProgramFile, readCatalogueFiles, readProgramFiles } from "../program-files.ts";

export interface ValidateOptions {
  /** program files or directories; none = the built-in seed programs */
  files: readonly string[];
  /** regional catalogue files (--catalogues) the programs are written against */
  catalogues?: readonly string[];
}

function describe(program: Program): string {
  const benefits = program.clauses.reduce((n, c) => n + c.benefits.length, 0);
  const treatments = program.clauses.reduce((n, c) => n + c.treatments.length, 0);
  return `${program.title}（${stageLabels[program.stage]}，${program.issuer.name}）：${program.clauses.length} 条条款，${benefits} 项资金待遇，${treatments} 项非资金待遇`;
}

/**
 * `policy validate <files...>`: check program files against the schema and the rules zod
 * cannot see (declared facts, valid values, unique ids), then check them as one set
 * (duplicate program ids, conflicting fact declarations, circular amount references).
 * Every problem names the JSON path and says what to fix. Exit 1 when anything is wrong.
 */
export async function validateCommand(options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  let files: ProgramFile[];
  const unreadable: string[] = [];
  if (options.files.length === 0) files = await readProgramFiles(undefined);
  else {
    files = [];
    for (const path of options.files) {
      try {
        files.push(...(await readProgramFiles([path])));
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        unreadable.push(error.message);
      }
    }
  }
  for (const message of unreadable) io.out(`✗ ${message}`);

  let failed = unreadable.length;
  // the catalogues first: a program is checked against the valid ones
  const catalogues: RegionalCatalogue[] = [];
  for (const [i, input] of (await readCatalogueFiles(options.catalogues)).entries()) {
    const checked = validateCatalogue(input);
    if (checked.ok) {
      catalogues.push(checked.value);
      io.out(`✓ ${catalogueLabel(checked.value)}  ${checked.value.facts.length} 个事实`);
      continue;
    }
    failed++;
    io.out(`✗ 第${i + 1}个事实目录：${checked.issues.length} 处问题`);
    for (const issue of checked.issues) io.out(`    ${formatIssue(issue)}`);
  }
  const valid: Program[] = [];
  for (const file of files) {
    const result = validateProgram(file.data, { catalogues });
    if (result.ok) {
      valid.push(result.value);
      io.out(`✓ ${file.source}  ${describe(result.value)}`);
      continue;
    }
    failed++;
    const id = (file.data as { id?: unknown } | null)?.id;
    io.out(
      `✗ ${file.source}${typeof id === "string" ? `（方案 ${id}）` : ""}：${result.issues.length} 处问题`,
    );
    for (const issue of result.issues) io.out(`    ${formatIssue(issue)}`);
  }

  if (valid.length > 1) {
    try {
      compile(valid, { catalogues });
    } catch (error) {
      if (!(error instanceof ProgramSetInvalidError)) throw error;
      failed++;
      io.out("✗ 这些方案放在一起时有冲突：");
      for (const issue of error.issues) io.out(`    ${issue.path}：${issue.message}`);
    }
  }

  const total = files.length + unreadable.length;
  io.out(
    failed === 0
      ? `全部通过：${total} 个方案文件。`
      : `发现问题：${total} 个文件中 ${failed} 处未通过，请按上面的提示修改后重新运行。`,
  );
  return failed === 0 ? 0 : 1;
}
