// A throwaway PostgreSQL server for real-database tests: initdb into a temporary folder, start
// on a free port with its unix socket in that folder, hand out fresh databases, stop and delete
// everything afterwards. PostgreSQL refuses to run as root, so as root the server runs as the
// `postgres` user (or a `jiangce-pg` user created on the spot).
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export interface PostgresServer {
  /** URL of the server's default `postgres` database */
  url: string;
  port: number;
  /** Creates an empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server and deletes its folder. Idempotent. */
  stop(): Promise<void>;
}

const SUPERUSER = "jiangce";

function findBinDir(): string | undefined {
  const candidates = [process.env.PG_BIN, "/usr/local/bin"];
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort().reverse()) {
      candidates.push(path.join(debian, version, "bin"));
    }
  }
  return candidates.find(
    (dir): dir is string =>
      !!dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")),
  );
}

function installPostgres(): void {
  if (process.getuid?.() !== 0) {
    throw new Error(
      "PostgreSQL binaries not found; install them with: apt-get install -y postgresql",
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "postgresql"], {
      stdio: "inherit",
      env,
    }).status === 0;
  if (!install()) {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    if (!install()) throw new Error("apt-get install postgresql failed");
  }
}

function userExists(name: string): boolean {
  return spawnSync("id", ["-u", name], { stdio: "ignore" }).status === 0;
}

/** The unprivileged account the server runs as, when we are root. */
function serverUser(): { name: string; uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let name = "postgres";
  if (!userExists(name)) {
    name = "jiangce-pg";
    if (!userExists(name)) {
      execFileSync("useradd", [
        "--system",
        "--no-create-home",
        "--shell",
        "/usr/sbin/nologin",
        name,
      ]);
    }
  }
  const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
  return { name, uid, gid };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Servers of test processes that were killed (no exit hook runs on SIGKILL, or on a SIGTERM
 * from `timeout`) would live on; stop and delete those whose owner is gone.
 */
function removeOrphans(run: (tool: string, args: string[]) => string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith("jiangce-pg-")) continue;
    const folder = path.join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(path.join(folder, "owner.pid"), "utf8"));
    } catch {
      continue; // being created right now, or not ours
    }
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    try {
      run("pg_ctl", ["-D", path.join(folder, "data"), "-m", "immediate", "-w", "stop"]);
    } catch {
      // not running
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  let binDir = findBinDir();
  if (!binDir) {
    installPostgres();
    binDir = findBinDir();
    if (!binDir) throw new Error("PostgreSQL binaries still not found after apt-get install");
  }
  const user = serverUser();
  const run = (tool: string, args: string[]) => {
    const command = path.join(binDir, tool);
    const [file, argv] = user
      ? ["runuser", ["-u", user.name, "--", command, ...args]]
      : [command, args];
    return execFileSync(file, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  };

  removeOrphans(run);

  const folder = mkdtempSync(path.join(tmpdir(), "jiangce-pg-"));
  writeFileSync(path.join(folder, "owner.pid"), String(process.pid));
  if (user) {
    chownSync(folder, user.uid, user.gid);
    chmodSync(folder, 0o700);
  }
  const dataDir = path.join(folder, "data");
  run("initdb", [
    "-D",
    dataDir,
    "-U",
    SUPERUSER,
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);

  // A fresh port each try: another process may take the one we picked before we bind it.
  let port = 0;
  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already down
    }
    rmSync(folder, { recursive: true, force: true });
  };
  for (let attempt = 1; ; attempt += 1) {
    port = await freePort();
    // durability is pointless for a throwaway server; turning it off makes tests faster
    const serverOptions = [
      `-p ${port}`,
      `-k ${folder}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=100",
    ].join(" ");
    try {
      run("pg_ctl", [
        "-D",
        dataDir,
        "-l",
        path.join(folder, "server.log"),
        "-o",
        serverOptions,
        "-w",
        "-t",
        "60",
        "start",
      ]);
      break;
    } catch (error) {
      if (attempt >= 3) {
        stopSync();
        throw error;
      }
    }
  }
  process.once("exit", stopSync);

  const url = `postgresql://${SUPERUSER}@127.0.0.1:${port}/postgres`;
  let counter = 0;
  return {
    url,
    port,
    async createDatabase(name) {
      counter += 1;
      const database = name ?? `test_${process.pid}_${counter}_${Date.now().toString(36)}`;
      if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`unsafe database name ${database}`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${database}"`);
      } finally {
        await client.end();
      }
      return `postgresql://${SUPERUSER}@127.0.0.1:${port}/${database}`;
    },
    async stop() {
      process.off("exit", stopSync);
      stopSync();
    },
  };
}
