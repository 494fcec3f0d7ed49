// Several server processes on one PostgreSQL (what runs behind a load balancer): a publish through
// one is served by the others within a second (LISTEN/NOTIFY, not a timer), and login throttling
// counts attempts in the database, so guesses spread over the processes are limited as one.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validDocument } from "../api/support/programs.ts";
import { type PostgresServer, startPostgres } from "../support/postgres.ts";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { DEMO_PASSWORD, login, mutate, request, type Session, sleep } from "./http.ts";

const D = "420112";
let postgres: PostgresServer;
let databaseUrl: string;
let a: StartedServer;
let b: StartedServer;

beforeAll(async () => {
  postgres = await startPostgres();
  databaseUrl = await postgres.createDatabase();
  const env = { TRUST_PROXY: "1" };
  // the first migrates and seeds; the second finds it done
  a = await startServer({ databaseUrl, env });
  b = await startServer({ databaseUrl, env });
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await postgres?.stop();
});

const listUrl = `/api/portal.listPrograms?input=${encodeURIComponent(JSON.stringify({ regionCode: D }))}`;
async function portalTitles(server: StartedServer): Promise<string[]> {
  const answer = await request(server.url, listUrl);
  expect(answer.status).toBe(200);
  return (JSON.parse(answer.text).result.data as { title: string }[]).map((p) => p.title);
}

async function signIn(server: StartedServer, username: string): Promise<Session> {
  const { session, answer } = await login(server.url, username, DEMO_PASSWORD);
  if (!session) throw new Error(`${username}: ${answer.text}`);
  return session;
}

async function call<T>(server: StartedServer, session: Session, path: string, input: unknown) {
  const answer = await mutate(server.url, session, path, input);
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${answer.text}`);
  return JSON.parse(answer.text).result.data as T;
}

/** A valid program of D, approved and ready to publish through `server`. */
async function approvedProgram(server: StartedServer) {
  const drafter = await signIn(server, `drafter-${D}`);
  const reviewer = await signIn(server, `reviewer-${D}`);
  const publisher = await signIn(server, `publisher-${D}`);
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `跨进程发布-${stamp}`;
  const created = await call<{ versionId: string; revision: number }>(
    server,
    drafter,
    "program.create",
    { regionCode: D, slug: `cross-${stamp}`, title, document: validDocument(D, title) },
  );
  const submitted = await call<{ revision: number }>(server, drafter, "version.submit", {
    versionId: created.versionId,
    revision: created.revision,
  });
  const approved = await call<{ revision: number }>(server, reviewer, "version.approve", {
    versionId: created.versionId,
    revision: submitted.revision,
  });
  const publish = () =>
    call(server, publisher, "version.publish", {
      versionId: created.versionId,
      revision: approved.revision,
    });
  return { title, publish };
}

/** A title changed directly in the database (no notification) is still unseen after 1.5 s. */
async function expectBehindTheBackChangeUnseen(server: StartedServer) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [seeded] = (
      await client.query(
        `SELECT id, title FROM "Program" WHERE "regionCode" = $1 AND "publishedVersionId" IS NOT NULL ORDER BY id LIMIT 1`,
        [D],
      )
    ).rows;
    const rename = (name: string) =>
      client.query(`UPDATE "Program" SET title = $1 WHERE id = $2`, [name, seeded.id]);
    await rename(`${seeded.title}（暗改）`);
    await sleep(1500);
    const stale = await portalTitles(server);
    await rename(seeded.title);
    expect(stale).not.toContain(`${seeded.title}（暗改）`);
  } finally {
    await client.end();
  }
}

/** Milliseconds from now until `server`'s portal lists `title` (-1 if not within 3 s). */
async function msUntilServed(server: StartedServer, title: string): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < 3000) {
    if ((await portalTitles(server)).includes(title)) return Date.now() - start;
    await sleep(25);
  }
  return -1;
}

describe("several processes on one PostgreSQL", () => {
  it("a publish through one process is served by the other within a second", async () => {
    const { title, publish } = await approvedProgram(a);

    // B holds the portal list in its caches…
    const before = await portalTitles(b);
    expect(before).not.toContain(title);
    // …for longer than a second: a change behind the services' back (no notification) stays
    // unseen, so what follows is the notification's doing, not a short timer's
    await expectBehindTheBackChangeUnseen(b);

    await publish();
    const seenAfterMs = await msUntilServed(b, title);
    console.log(`publish through A served by B after ${seenAfterMs} ms`);
    expect(seenAfterMs).toBeGreaterThanOrEqual(0);
    expect(seenAfterMs).toBeLessThan(1000);
  });

  it("a process whose LISTEN connection drops reconnects and keeps following publishes", async () => {
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    try {
      const listeners = async () =>
        Number(
          (
            await sql.query(
              "SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'jiangce-listen'",
            )
          ).rows[0].n,
        );
      expect(await listeners()).toBe(2);
      await sql.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jiangce-listen'",
      );
      const deadline = Date.now() + 10_000;
      while ((await listeners()) < 2 && Date.now() < deadline) await sleep(50);
      expect(await listeners()).toBe(2);
    } finally {
      await sql.end();
    }
    const { title, publish } = await approvedProgram(b);
    await portalTitles(a);
    await expectBehindTheBackChangeUnseen(a);
    await publish();
    const seenAfterMs = await msUntilServed(a, title);
    console.log(`after reconnecting: publish through B served by A after ${seenAfterMs} ms`);
    expect(seenAfterMs).toBeGreaterThanOrEqual(0);
    expect(seenAfterMs).toBeLessThan(1000);
  });

  it("failed logins spread over both processes are throttled as one", async () => {
    const username = "drafter-330800";
    const from = { "x-forwarded-for": "198.51.100.77" };
    const codes: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const server = i % 2 === 0 ? a : b;
      const { answer } = await login(server.url, username, `guess-${i}`, from);
      codes.push(JSON.parse(answer.text).error?.data?.appCode);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("INVALID_CREDENTIALS"));
    expect(codes.slice(5)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);

    // and parallel guesses sent to both at once cannot race past the limit either
    const other = { "x-forwarded-for": "198.51.100.78" };
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        login(i % 2 === 0 ? a.url : b.url, username, `g-${i}`, other),
      ),
    );
    const evaluated = answers.filter(
      ({ answer }) => JSON.parse(answer.text).error?.data?.appCode === "INVALID_CREDENTIALS",
    );
    expect(evaluated.length).toBe(5);
  });
});
