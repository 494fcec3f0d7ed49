import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { connectionOf, type Db, type Dialect } from "./client.ts";

// The checked-in SQL migrations are applied here, by the application, on both dialects: the
// native schema engine is not available offline and the JS one cannot introspect PostgreSQL 15.
// Each migration runs once, in a transaction, recorded in jiangce_migrations with its checksum.

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  /** migrations applied by this call, oldest first */
  applied: string[];
  /** migrations that were already applied */
  alreadyApplied: string[];
}

export class MigrationChecksumError extends Error {
  readonly code = "MIGRATION_CHECKSUM_MISMATCH";
  constructor(readonly migration: string) {
    super(`迁移 ${migration} 已执行，但其 SQL 文件此后被修改过；请新增迁移而不是修改旧迁移`);
    this.name = "MigrationChecksumError";
  }
}

const prismaFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "prisma");

export function migrationsFolder(dialect: Dialect): string {
  return dialect === "postgresql"
    ? path.join(prismaFolder, "postgresql", "migrations")
    : path.join(prismaFolder, "migrations");
}

export function listMigrations(dialect: Dialect): Migration[] {
  const folder = migrationsFolder(dialect);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function pending(all: Migration[], applied: Map<string, string>): Migration[] {
  for (const migration of all) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new MigrationChecksumError(migration.name);
    }
  }
  return all.filter((migration) => !applied.has(migration.name));
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "jiangce_migrations" (
  "name" TEXT NOT NULL PRIMARY KEY,
  "checksum" TEXT NOT NULL,
  "appliedAt" TEXT NOT NULL
)`;

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function recordSql(migration: Migration): string {
  return `INSERT INTO "jiangce_migrations" ("name", "checksum", "appliedAt") VALUES (${quote(
    migration.name,
  )}, ${quote(migration.checksum)}, ${quote(new Date().toISOString())})`;
}

/** Brings the database up to the checked-in migrations. Safe to call on every start. */
export async function migrate(db: Db): Promise<MigrateResult> {
  const all = listMigrations(db.dialect);
  return db.dialect === "postgresql" ? migratePostgres(db.url, all) : migrateSqlite(db, all);
}

const BUSY_WAIT_MS = 30_000;

function isBusy(error: unknown): boolean {
  const cause = (error as { cause?: { originalCode?: unknown } } | null)?.cause;
  return typeof cause?.originalCode === "string" && cause.originalCode.startsWith("SQLITE_BUSY");
}

async function beginImmediate(execute: (sql: string) => Promise<void>): Promise<void> {
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (;;) {
    try {
      await execute("BEGIN IMMEDIATE");
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

async function migrateSqlite(db: Db, all: Migration[]): Promise<MigrateResult> {
  const connection = db[connectionOf];
  if (!connection) throw new Error("SQLite database without a connection handle");
  const adapter = await connection.adapter();
  return adapter.exclusive(async (raw) => {
    // IMMEDIATE takes the write lock first, so two processes starting at once apply each
    // migration once: the second waits, then finds it recorded. better-sqlite3 is synchronous,
    // so SQLite's own busy wait would freeze the event loop (and deadlock two connections of one
    // process); wait between tries here instead.
    await raw.executeScript("PRAGMA busy_timeout = 0");
    try {
      await beginImmediate(raw.executeScript);
    } finally {
      await raw.executeScript("PRAGMA busy_timeout = 5000");
    }
    try {
      await raw.executeScript(CREATE_TABLE);
      const rows = await raw.query(`SELECT "name", "checksum" FROM "jiangce_migrations"`);
      const applied = new Map(rows.map((row) => [String(row[0]), String(row[1])]));
      const todo = pending(all, applied);
      for (const migration of todo) {
        await raw.executeScript(migration.sql);
        await raw.executeScript(recordSql(migration));
      }
      await raw.executeScript("COMMIT");
      return { applied: todo.map((m) => m.name), alreadyApplied: [...applied.keys()].sort() };
    } catch (error) {
      await raw.executeScript("ROLLBACK").catch(() => {});
      throw error;
    }
  });
}

async function migratePostgres(url: string, all: Migration[]): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    try {
      // one migrator at a time per database; the lock ends with the transaction
      await client.query("SELECT pg_advisory_xact_lock(7316020251122)");
      await client.query(CREATE_TABLE);
      const result = await client.query<{ name: string; checksum: string }>(
        `SELECT "name", "checksum" FROM "jiangce_migrations"`,
      );
      const applied = new Map(result.rows.map((row) => [row.name, row.checksum]));
      const todo = pending(all, applied);
      for (const migration of todo) {
        // a parameterless query may hold many statements (function bodies included)
        await client.query(migration.sql);
        await client.query(recordSql(migration));
      }
      await client.query("COMMIT");
      return { applied: todo.map((m) => m.name), alreadyApplied: [...applied.keys()].sort() };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    await client.end();
  }
}
