import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { createSqliteAdapter, type SqliteConnection } from "./sqlite-adapter.ts";

export type Dialect = "sqlite" | "postgresql";

export interface CreateDbOptions {
  /**
   * `postgresql://…` (or `postgres://…`) selects PostgreSQL; `file:/abs/path.db`, a plain path or
   * `:memory:` selects SQLite. Default: `DATABASE_URL`, else the embedded file data/jiangce.db
   * under the repository root.
   */
  url?: string;
  /** Prisma log levels, e.g. ["query"] while debugging. */
  log?: ("query" | "info" | "warn" | "error")[];
}

/** How migrate() reaches the raw connection; not part of the public surface. */
export const connectionOf = Symbol("jiangce.db.connection");

export type Db = PrismaClient & {
  readonly dialect: Dialect;
  /** The resolved URL (a `file:` URL or `:memory:` for SQLite). */
  readonly url: string;
  readonly [connectionOf]: SqliteConnection | undefined;
};

/** A client inside `db.$transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export const defaultDatabaseFile = path.join(repositoryRoot, "data", "jiangce.db");

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

export function resolveDatabaseUrl(url?: string): string {
  const chosen = url ?? (process.env.DATABASE_URL || undefined);
  if (chosen === undefined) return `file:${defaultDatabaseFile}`;
  if (dialectOf(chosen) === "postgresql" || chosen === ":memory:" || chosen === "file::memory:") {
    return chosen;
  }
  const file = chosen.replace(/^file:/, "");
  return `file:${path.isAbsolute(file) ? file : path.resolve(file)}`;
}

export function createDb(options: CreateDbOptions = {}): Db {
  const url = resolveDatabaseUrl(options.url);
  const dialect = dialectOf(url);
  // failed queries are thrown to the caller, who decides; logging them too would only be noise
  const log = options.log ?? ["warn"];
  if (dialect === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    // A generated client is bound to its provider. Both are generated from the same models, so
    // the PostgreSQL one is typed as the SQLite one: code written against Db runs on both.
    const client = new PostgresPrismaClient({ adapter, log }) as unknown as PrismaClient;
    return Object.assign(client, { dialect, url, [connectionOf]: undefined }) as Db;
  }
  const file = url === "file::memory:" ? ":memory:" : url.replace(/^file:/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const { factory, connection } = createSqliteAdapter(file);
  const client = new PrismaClient({ adapter: factory, log });
  return Object.assign(client, { dialect, url, [connectionOf]: connection }) as Db;
}
