/**
 * Roster benchmark (a script, not a test): `pnpm bench:roster`.
 *
 * 1. CLI: writes a 1,000,000-row register as a district exports it (Chinese headers, labels,
 *    a malformed row in every thousand; `generateRoster`), runs the built CLI on it as staff
 *    would, on every core:
 *      node packages/policy-cli/dist/policy.mjs roster r.csv --mapping m.json --as-of … --out out.csv
 *    and reads the child's peak resident memory (VmHWM) and CPU time from /proc (Linux).
 *    Rows per second are end to end: read, parse, map, evaluate, write.
 * 2. Upload path: a server on a fresh SQLite database, 100,000 rows posted to
 *    /api/roster/upload, `roster.start`, polled until done; wall time and this process's
 *    peak RSS (the run's worker thread included).
 * Options: --rows N (CLI rows), --upload N (upload rows), --skip-upload.
 */
import { spawn } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRoster } from "@jiangce/roster";
import { finished, rosterServer, upload } from "../roster/harness.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const cliRows = option("rows", 1_000_000);
const uploadRows = option("upload", 100_000);
const asOf = "2024-06-01";
const targets = { rowsPerSecond: 250_000, cliMb: 200, uploadSeconds: 10 };
const cli = fileURLToPath(new URL("../../packages/policy-cli/dist/policy.mjs", import.meta.url));
if (!existsSync(cli))
  throw new Error(`${cli} is missing: run \`pnpm --filter @jiangce/policy-cli build\` first`);

const mapping = {
  kind: "person",
  columns: {
    序号: "ignore",
    姓名: "name",
    身份证号: "identityNumber",
    职业技能等级: "fact:skillLevel",
    证书编号: "attribute",
    发证日期: "attribute",
    工作单位: "attribute",
    所在区: "regionCode",
    竞赛名称: "record:competitions.name",
    竞赛级别: "record:competitions.level",
    "竞赛/奖项": "record:competitions.medal",
    名次: "record:competitions.rank",
    荣誉: "fact:honours",
    称号: "fact:titles",
  },
  values: { regionCode: { 东西湖区: "420112" } },
  money: "yuan",
};

async function writeRoster(path: string, rows: number, malformedEvery: number): Promise<number> {
  const out = createWriteStream(path);
  let buffer = "";
  for (const line of generateRoster(rows, { malformedEvery }).lines) {
    buffer += `${line}\n`;
    if (buffer.length >= 1 << 16) {
      if (!out.write(buffer)) await new Promise<void>((r) => out.once("drain", () => r()));
      buffer = "";
    }
  }
  await new Promise((r) => out.end(buffer, () => r(undefined)));
  return statSync(path).size;
}

const clockTick = 100;
function sample(pid: number): { peakRss: number; cpuMs: number } | null {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    if (hwm === null) return null;
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return {
      peakRss: Number(hwm[1]) * 1024,
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTick,
    };
  } catch {
    return null;
  }
}

function runCli(roster: string, mappingPath: string, out: string) {
  return new Promise<{ wallMs: number; peakRss: number; cpuMs: number; stderr: string }>(
    (resolve, reject) => {
      const start = performance.now();
      const child = spawn(
        process.execPath,
        [cli, "roster", roster, "--mapping", mappingPath, "--as-of", asOf, "--out", out],
        {
          stdio: ["ignore", "ignore", "pipe"],
        },
      );
      const last = { peakRss: 0, cpuMs: 0 };
      const poll = () => {
        const s = child.pid === undefined ? null : sample(child.pid);
        if (s === null) return;
        last.peakRss = Math.max(last.peakRss, s.peakRss);
        last.cpuMs = Math.max(last.cpuMs, s.cpuMs);
      };
      const timer = setInterval(poll, 10);
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        poll();
      });
      child.on("error", reject);
      child.on("close", (code) => {
        clearInterval(timer);
        if (code !== 0 && code !== 1)
          reject(new Error(`policy roster exited with ${code}: ${stderr}`));
        else resolve({ wallMs: performance.now() - start, ...last, stderr });
      });
    },
  );
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const verdict = (ok: boolean) => (ok ? "目标达成" : "未达目标");

async function benchCli() {
  const dir = mkdtempSync(join(tmpdir(), "jiangce-roster-bench-"));
  try {
    const roster = join(dir, "roster.csv");
    const bytes = await writeRoster(roster, cliRows, 1_000);
    const mappingPath = join(dir, "mapping.json");
    writeFileSync(mappingPath, JSON.stringify(mapping));
    const run = await runCli(roster, mappingPath, join(dir, "out.csv"));
    const processed = /已处理 (\d+) 行/.exec(run.stderr);
    if (processed === null || Number(processed[1]) !== cliRows)
      throw new Error(`unexpected CLI output: ${run.stderr.slice(0, 500)}`);
    const perSecond = (cliRows / run.wallMs) * 1000;
    console.log(
      `CLI policy roster: ${cliRows.toLocaleString()} CSV rows (${mb(bytes)}) in ${(run.wallMs / 1000).toFixed(1)} s = ${Math.round(perSecond).toLocaleString()} rows/s end to end; CPU ${(run.cpuMs / 1000).toFixed(1)} s (${Math.round((cliRows / run.cpuMs) * 1000).toLocaleString()} rows per CPU-second); peak RSS ${mb(run.peakRss)}`,
    );
    console.log(
      `  targets: ≥ ${targets.rowsPerSecond.toLocaleString()} rows/s ${verdict(perSecond >= targets.rowsPerSecond)}, < ${targets.cliMb} MB ${verdict(run.peakRss < targets.cliMb * 1024 * 1024)}`,
    );
    return { rows: cliRows, wallMs: run.wallMs, cpuMs: run.cpuMs, peakRss: run.peakRss };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchUpload() {
  const server = await rosterServer();
  try {
    const body = Buffer.from(
      `${[...generateRoster(uploadRows, { malformedEvery: 1_000 }).lines].join("\n")}\n`,
    );
    const start = performance.now();
    const uploaded = await upload(server, body, "名单.csv");
    if (uploaded.statusCode !== 200) throw new Error(uploaded.body);
    const preview = uploaded.json();
    const { runId } = await server.api.roster.start({
      uploadId: preview.uploadId,
      regionCode: "420112",
      mapping: mapping as never,
      asOf,
    });
    const run = await finished(server.api, runId, 120_000);
    const wallMs = performance.now() - start;
    if (run.status !== "done") throw new Error(`run ${run.status}: ${run.error}`);
    const peakRss = process.resourceUsage().maxRSS * 1024;
    console.log(
      `upload path: ${uploadRows.toLocaleString()} rows (${mb(body.length)}) uploaded, run and done in ${(wallMs / 1000).toFixed(1)} s = ${Math.round((uploadRows / wallMs) * 1000).toLocaleString()} rows/s; peak RSS of the server process ${mb(peakRss)}`,
    );
    console.log(
      `  target: < ${targets.uploadSeconds} s ${verdict(wallMs < targets.uploadSeconds * 1000)}`,
    );
    return { rows: uploadRows, wallMs, peakRss };
  } finally {
    await server.close();
  }
}

console.log(
  `roster benchmark: ${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
const figures: Record<string, unknown> = { cli: await benchCli() };
if (!args.includes("--skip-upload")) figures.upload = await benchUpload();
console.log(JSON.stringify(figures));
