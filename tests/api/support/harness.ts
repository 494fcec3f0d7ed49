import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type AppRouter,
  appCodeOf,
  type CookieOptions,
  createCaller,
  createContext,
  hashPassword,
} from "@jiangce/api";
import { createDb, type Db, type Dialect, migrate, type Role } from "@jiangce/db";
import { type PostgresServer, startPostgres } from "../../support/postgres.ts";

/** A handful of real GB/T 2260 divisions: enough for own / other / ancestor cases. */
export const REGIONS = [
  { code: "420000", name: "湖北省", level: "province", parentCode: null },
  { code: "420100", name: "武汉市", level: "city", parentCode: "420000" },
  { code: "420112", name: "东西湖区", level: "district", parentCode: "420100" },
  { code: "420102", name: "江岸区", level: "district", parentCode: "420100" },
  { code: "420200", name: "黄石市", level: "city", parentCode: "420000" },
  { code: "330000", name: "浙江省", level: "province", parentCode: null },
  { code: "330800", name: "衢州市", level: "city", parentCode: "330000" },
] as const;

export interface TestDb {
  db: Db;
  close: () => Promise<void>;
}

let postgres: Promise<PostgresServer> | undefined;

/** One throwaway PostgreSQL server per test file, started on first use. */
async function postgresServer(): Promise<PostgresServer> {
  postgres ??= startPostgres();
  return postgres;
}

/** Stop this file's PostgreSQL server, if one was started (call in afterAll). */
export async function stopPostgres(): Promise<void> {
  const server = postgres;
  postgres = undefined;
  await (await server)?.stop();
}

/** A fresh database (SQLite file in a temp folder by default), migrated, with the test regions. */
export async function freshDb(dialect: Dialect = "sqlite"): Promise<TestDb> {
  let dir: string | undefined;
  let url: string;
  if (dialect === "postgresql") {
    url = await (await postgresServer()).createDatabase();
  } else {
    dir = mkdtempSync(path.join(tmpdir(), "jiangce-api-"));
    url = `file:${path.join(dir, "test.db")}`;
  }
  const db = createDb({ url });
  await migrate(db);
  await db.region.createMany({ data: REGIONS.map((r) => ({ ...r })) });
  return {
    db,
    close: async () => {
      await db.$disconnect();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const PASSWORD = "correct horse battery";

let cachedHash: Promise<string> | undefined;

/** A user with memberships; all test users share one password (hashed once per file). */
export async function createUser(
  db: Db,
  username: string,
  memberships: [regionCode: string, role: Role][] = [],
) {
  cachedHash ??= hashPassword(PASSWORD);
  return db.user.create({
    data: {
      username,
      displayName: username,
      passwordHash: await cachedHash,
      memberships: { create: memberships.map(([regionCode, role]) => ({ regionCode, role })) },
    },
  });
}

export type Caller = ReturnType<typeof createCaller>;

/** A browser stand-in: keeps the cookie jar and (optionally) sends the CSRF header. */
export class Client {
  readonly cookies = new Map<string, string>();
  readonly setCookies: { name: string; value: string; options: CookieOptions }[] = [];
  csrfToken: string | undefined;
  sendCsrf = true;

  constructor(
    readonly db: Db,
    readonly ip = "203.0.113.7",
    readonly now: () => Date = () => new Date(),
  ) {}

  get api(): Caller {
    return createCaller(
      createContext({
        db: this.db,
        ip: this.ip,
        now: this.now,
        getCookie: (name) => this.cookies.get(name),
        getHeader: (name) =>
          name === "x-csrf-token" && this.sendCsrf ? this.csrfToken : undefined,
        setCookie: (name, value, options) => {
          this.setCookies.push({ name, value, options });
          if (options.maxAge <= 0) this.cookies.delete(name);
          else this.cookies.set(name, value);
        },
      }),
    );
  }

  async login(username: string, password = PASSWORD) {
    const me = await this.api.auth.login({ username, password });
    this.csrfToken = me.csrfToken;
    return me;
  }
}

export async function signedIn(db: Db, username: string): Promise<Client> {
  const client = new Client(db);
  await client.login(username);
  return client;
}

/** The domain code a call failed with (fails the test if it succeeded). */
export async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return appCodeOf(error) ?? `untyped:${String(error)}`;
  }
  throw new Error("expected the call to fail, it succeeded");
}

export type { AppRouter };

/**
 * A signed-in client without going through the password check (fast, for matrices): writes the
 * session row exactly as the api does (id = sha256 of the cookie token).
 */
export async function sessionFor(db: Db, userId: string): Promise<Client> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id: createHash("sha256").update(token).digest("hex"),
      userId,
      csrfToken,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  const client = new Client(db);
  client.cookies.set("jiangce_session", token);
  client.csrfToken = csrfToken;
  return client;
}
