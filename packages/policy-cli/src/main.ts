/**
 * 匠策 policy CLI: `pnpm policy validate|eval|batch|explain` at the repository root.
 * Each command is a function in ./commands (tests call them directly); this file only
 * parses arguments and maps errors to Chinese messages and exit codes.
 */
import { resolve } from "node:path";
import { Command, Option } from "commander";
import { CliError, type ExitCode, processIo } from "./cli-io.ts";
import { batchCommand } from "./commands/batch.ts";
import { evalCommand } from "./commands/eval.ts";
import { explainCommand } from "./commands/explain.ts";
import { rosterCommand } from "./commands/roster.ts";
import { validateCommand } from "./commands/validate.ts";

// `pnpm policy …` runs this file from packages/policy-cli; paths the user typed are relative
// to where they typed them (pnpm keeps it in INIT_CWD / PWD).
const userDir = process.env.INIT_CWD || process.env.PWD || process.cwd();
const at = (path: string) => resolve(userDir, path);
const atAll = (paths: string[] | undefined) => paths?.map(at);

async function run(command: () => Promise<ExitCode>): Promise<void> {
  try {
    process.exitCode = await command();
  } catch (error) {
    if (error instanceof CliError) {
      processIo.err(`错误：${error.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

const programsOption = () =>
  new Option(
    "--programs <paths...>",
    "方案文件或目录（目录下所有 .json）；默认使用内置的五个种子方案",
  );
const cataloguesOption = () =>
  new Option(
    "--catalogues <files...>",
    "地区事实目录（JSON，可在编辑后台「事实目录」导出）：方案用到的本地称号、名录等",
  );
const asOfOption = () => new Option("--as-of <date>", "计算日期 YYYY-MM-DD；默认今天（北京时间）");

const program = new Command("policy")
  .description("匠策 方案工具：校验方案文件、计算申请人待遇、批量匹配名单、中文解释")
  .showHelpAfterError("（使用 --help 查看用法）");

program
  .command("validate")
  .description("校验方案文件（JSON），逐条指出问题所在的 JSON 路径和修改方法；有问题时退出码为 1")
  .argument("[files...]", "方案文件或目录；不填则校验内置方案")
  .addOption(cataloguesOption())
  .action((files: string[], o: { catalogues?: string[] }) =>
    run(() =>
      validateCommand({ files: files.map(at), catalogues: atAll(o.catalogues) }, processIo),
    ),
  );

program
  .command("eval")
  .description("计算一份申请人档案可享受的待遇，输出 JSON")
  .requiredOption("--profile <file>", "申请人档案 JSON 文件")
  .addOption(programsOption())
  .addOption(cataloguesOption())
  .addOption(asOfOption())
  .action((o: { profile: string; programs?: string[]; catalogues?: string[]; asOf?: string }) =>
    run(() =>
      evalCommand(
        {
          ...o,
          profile: at(o.profile),
          programs: atAll(o.programs),
          catalogues: atAll(o.catalogues),
        },
        processIo,
      ),
    ),
  );

program
  .command("batch")
  .description("批量匹配名单（免申即享）：逐行读取、计算、写出，内存占用恒定")
  .requiredOption("--roster <file>", "名单文件：.ndjson（每行一个档案）或 .csv")
  .addOption(
    new Option("--format <format>", "输出格式（默认与名单相同）").choices(["ndjson", "csv"]),
  )
  .option("--out <file>", "输出文件；默认写到标准输出")
  .option("--detail", "NDJSON 输出完整说明（满足的条件及取值）")
  .addOption(programsOption())
  .addOption(cataloguesOption())
  .addOption(asOfOption())
  .action(
    (o: {
      roster: string;
      format?: "ndjson" | "csv";
      out?: string;
      detail?: boolean;
      programs?: string[];
      catalogues?: string[];
      asOf?: string;
    }) =>
      run(() =>
        batchCommand(
          {
            ...o,
            roster: at(o.roster),
            out: o.out === undefined ? undefined : at(o.out),
            programs: atAll(o.programs),
            catalogues: atAll(o.catalogues),
          },
          processIo,
        ),
      ),
  );

program
  .command("roster")
  .description(
    "名单匹配（免申即享）：CSV（UTF-8 或 GB18030）或 XLSX 名单按列映射为档案，用全部 CPU 核计算，流式输出每行的待遇",
  )
  .argument("<file>", "名单文件：.csv 或 .xlsx，首行为中文表头（姓名、身份证号、职业技能等级……）")
  .option("--mapping <file>", "列与取值映射（JSON）；不填则按表头自动映射并打印出来")
  .option("--region <code>", "没有「所在区」列时各行所在的行政区划代码（6位）")
  .option("--out <file>", "结果文件（.csv 或 .xlsx）；默认以 CSV 写到标准输出")
  .option("--identity", "结果中包含身份证号（确认名单时才需要）")
  .option("--threads <n>", "计算线程数（默认：CPU 核数）", (v) => Number.parseInt(v, 10))
  .addOption(programsOption())
  .addOption(cataloguesOption())
  .addOption(asOfOption())
  .action(
    (
      file: string,
      o: {
        mapping?: string;
        region?: string;
        out?: string;
        identity?: boolean;
        threads?: number;
        programs?: string[];
        catalogues?: string[];
        asOf?: string;
      },
    ) =>
      run(() =>
        rosterCommand(
          {
            ...o,
            file: at(file),
            mapping: o.mapping === undefined ? undefined : at(o.mapping),
            out: o.out === undefined ? undefined : at(o.out),
            programs: atAll(o.programs),
            catalogues: atAll(o.catalogues),
          },
          processIo,
        ),
      ),
  );

program
  .command("explain")
  .description("用中文解释一份档案的计算结果：享受什么、多少、依据哪条、到何时、哪些被排除及原因")
  .requiredOption("--profile <file>", "申请人档案 JSON 文件")
  .addOption(programsOption())
  .addOption(cataloguesOption())
  .addOption(asOfOption())
  .action((o: { profile: string; programs?: string[]; catalogues?: string[]; asOf?: string }) =>
    run(() =>
      explainCommand(
        {
          ...o,
          profile: at(o.profile),
          programs: atAll(o.programs),
          catalogues: atAll(o.catalogues),
        },
        processIo,
      ),
    ),
  );

await program.parseAsync(process.argv);
