/**
 * Portal read-path load benchmark (a script, not a test): `pnpm bench:portal`.
 *
 * Starts the real server (apps/server, seeded, via tests/support/start-server.ts) on loopback,
 * first on the embedded SQLite database, then on a throwaway PostgreSQL
 * (tests/support/postgres.ts), and drives the portal's public read path with autocannon:
 * the portal page `/`, `portal.listPrograms` for a district (its own and inherited programs)
 * and `portal.getProgram` (a whole published document), each for one fixed input and then
 * rotating over every district of the provinces that publish / every published program, so
 * caches do not only ever see one key. Prints requests/s and latency
 * percentiles per endpoint and database. Target on the embedded database: >= 2,000 req/s with
 * p99 < 50 ms. Options: --seconds N (per endpoint, default 10), --connections N (default 10),
 * --only sqlite|postgres.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { type PostgresServer, startPostgres } from "../support/postgres.ts";
import { repoRoot, type StartedServer, startServer } from "../support/start-server.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const seconds = Number(option("seconds") ?? 10);
const connections = Number(option("connections") ?? 10);
const only = option("only");
const region = "420112"; // 东西湖区: its own program plus 武汉市's (and any of 湖北省's)
const target = { reqPerSecond: 2_000, p99Ms: 50 };

interface Row {
  database: string;
  endpoint: string;
  reqPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  failures: number;
}

const trpcGet = (procedure: string, input: unknown) =>
  `/api/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

async function getJson<T>(server: StartedServer, path: string): Promise<T> {
  const response = await fetch(server.url + path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

interface Endpoint {
  name: string;
  paths: string[];
}

/** Districts (and cities) of the provinces that publish programs, from the public region API. */
async function regionsToVisit(server: StartedServer): Promise<string[]> {
  const codes: string[] = [];
  for (const province of ["420000", "330000", "320000"]) {
    const cities = await getJson<{ code: string }[]>(
      server,
      trpcGet("region.children", { code: province }),
    );
    for (const city of cities) {
      codes.push(city.code);
      const districts = await getJson<{ code: string }[]>(
        server,
        trpcGet("region.children", { code: city.code }),
      );
      codes.push(...districts.map((d) => d.code));
    }
  }
  return codes;
}

async function endpoints(server: StartedServer): Promise<Endpoint[]> {
  const listPath = trpcGet("portal.listPrograms", { regionCode: region });
  const programs = await getJson<{ programId: string; slug: string }[]>(server, listPath);
  if (programs.length === 0) throw new Error(`no published programs for ${region}`);
  const first = programs[0]!;
  const regions = await regionsToVisit(server);
  const everyProgram = new Map<string, string>();
  for (const code of ["420112", "420200", "330800", "320700"])
    for (const p of await getJson<{ programId: string }[]>(
      server,
      trpcGet("portal.listPrograms", { regionCode: code }),
    ))
      everyProgram.set(p.programId, trpcGet("portal.getProgram", { programId: p.programId }));
  return [
    { name: "GET / (portal page)", paths: ["/"] },
    { name: `portal.listPrograms ${region} (${programs.length} found)`, paths: [listPath] },
    {
      name: `portal.getProgram ${first.slug}`,
      paths: [trpcGet("portal.getProgram", { programId: first.programId })],
    },
    {
      name: `portal.listPrograms, ${regions.length} regions in turn`,
      paths: regions.map((code) => trpcGet("portal.listPrograms", { regionCode: code })),
    },
    {
      name: `portal.getProgram, ${everyProgram.size} programs in turn`,
      paths: [...everyProgram.values()],
    },
  ];
}

/** autocannon: each connection walks through `paths` in turn, starting over at the end. */
async function load(url: string, paths: readonly string[], duration: number) {
  return autocannon({
    url,
    connections,
    duration,
    pipelining: 1,
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  });
}

async function measure(database: string, server: StartedServer): Promise<Row[]> {
  const rows: Row[] = [];
  for (const endpoint of await endpoints(server)) {
    await load(server.url, endpoint.paths, 1); // warm-up: JIT, caches, connection pool
    const r = await load(server.url, endpoint.paths, seconds);
    const row: Row = {
      database,
      endpoint: endpoint.name,
      reqPerSecond: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      max: r.latency.max,
      requests: r.requests.total,
      failures: r.errors + r.timeouts + r.non2xx,
    };
    rows.push(row);
    console.log(
      `  ${database.padEnd(10)} ${row.endpoint.padEnd(46)} ${Math.round(row.reqPerSecond).toLocaleString("en-US").padStart(7)} req/s   p50 ${row.p50} ms   p99 ${row.p99} ms   max ${row.max} ms   ${row.requests} requests, ${row.failures} failed`,
    );
  }
  return rows;
}

async function main() {
  console.log("匠策 portal read-path load benchmark");
  console.log(
    `server and load generator (autocannon, ${connections} connections, ${seconds} s per endpoint) share this machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), loopback only; load average ${loadavg()[0]!.toFixed(1)}; node ${process.version}`,
  );
  if (!existsSync(join(repoRoot, "apps/portal/dist/index.html"))) {
    console.log("building the portal (apps/portal/dist is missing)…");
    execFileSync("pnpm", ["--filter", "@jiangce/portal", "build"], {
      cwd: repoRoot,
      stdio: "inherit",
    });
  }
  const rows: Row[] = [];

  if (only !== "postgres") {
    console.log("\nembedded SQLite");
    const server = await startServer();
    try {
      rows.push(...(await measure("sqlite", server)));
    } finally {
      await server.stop();
    }
  }

  if (only !== "sqlite") {
    console.log("\nPostgreSQL (throwaway server, same machine)");
    let pg: PostgresServer | undefined;
    let server: StartedServer | undefined;
    try {
      pg = await startPostgres();
      server = await startServer({ databaseUrl: await pg.createDatabase() });
      rows.push(...(await measure("postgresql", server)));
    } finally {
      await server?.stop();
      await pg?.stop();
    }
  }

  console.log("\nSummary (target on embedded SQLite: >= 2,000 req/s and p99 < 50 ms per endpoint)");
  for (const r of rows) {
    const ok = r.reqPerSecond >= target.reqPerSecond && r.p99 < target.p99Ms && r.failures === 0;
    const verdict = r.database === "sqlite" ? (ok ? "met" : "MISSED") : "(no target)";
    console.log(
      `  ${r.database.padEnd(10)} ${r.endpoint.padEnd(46)} ${Math.round(r.reqPerSecond).toLocaleString("en-US").padStart(7)} req/s  p99 ${String(r.p99).padStart(3)} ms  ${verdict}`,
    );
  }
}

await main();
