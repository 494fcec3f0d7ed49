// Starts the real server (apps/server, the same entry point as `npm start`) as a child process
// on a free port with a fresh database, and waits until the API answers a health query.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");
const serverDir = join(repoRoot, "apps/server");

export interface StartServerOptions {
  /** A database URL to use instead of a fresh embedded SQLite file (e.g. a throwaway PostgreSQL). */
  databaseUrl?: string;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** How long to wait for the health check, in milliseconds. */
  timeoutMs?: number;
}

export interface StartedServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The server process's id (to read its memory from /proc, or signal it). */
  pid: number;
  /** Everything the server printed so far (URLs, demo accounts, logs). */
  output(): string;
  /**
   * SIGTERM, wait for a graceful exit (SIGKILL after 10 s), then remove the temporary database.
   * Resolves to the exit code: 0 when the server shut down cleanly.
   */
  stop(): Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once("exit", (code) => done(code)));
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  log: () => string,
) {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (code ${child.exitCode}) before it was healthy:\n${log()}`);
    }
    try {
      const response = await fetch(`${url}/api/health.check`);
      if (response.ok) return;
      lastError = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      lastError = String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms (${lastError}):\n${log()}`);
}

export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "jiangce-server-"));
  const databaseUrl = options.databaseUrl ?? `file:${join(dataDir, "jiangce.db")}`;

  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
    return child.exitCode;
  };

  try {
    await waitForHealth(url, child, options.timeoutMs ?? 90_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid ?? 0, output: () => output, stop };
}
