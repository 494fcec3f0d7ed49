import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCaller, createContext } from "@jiangce/api";
import { createDb, type Db, migrate, seed } from "@jiangce/db";
// the server package is not a dependency of the tests package: its source, by path
import { createServer } from "../../apps/server/src/index.ts";

type FastifyInstance = Awaited<ReturnType<typeof createServer>>;

/**
 * A server on a fresh SQLite file with the national regions and the seed programs published,
 * and one district staff member of 东西湖区 (420112) signed in: cookie, CSRF token, a tRPC
 * caller with the same session.
 */
export async function rosterServer() {
  const dir = mkdtempSync(join(tmpdir(), "jiangce-roster-"));
  process.env.ROSTER_SPOOL_DIR = join(dir, "spool");
  for (const app of ["portal", "editor"]) {
    mkdirSync(join(dir, app), { recursive: true });
    writeFileSync(join(dir, app, "index.html"), "<!doctype html><title>x</title>");
  }
  const db = createDb({ url: `file:${join(dir, "test.db")}` });
  await migrate(db);
  await seed(db, { demoAccounts: false });
  const user = await db.user.create({
    data: {
      username: "staff-420112",
      displayName: "东西湖区经办人",
      passwordHash: "!",
      memberships: {
        create: [
          { regionCode: "420112", role: "drafter" },
          { regionCode: "420112", role: "reviewer" },
        ],
      },
    },
  });
  const session = await signIn(db, user.id);
  const app: FastifyInstance = await createServer({
    db,
    portalDist: join(dir, "portal"),
    editorDist: join(dir, "editor"),
  });
  return {
    db,
    app,
    dir,
    ...session,
    async close() {
      await app.close();
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A session row written as the api writes it (id = sha256 of the cookie token). */
export async function signIn(db: Db, userId: string) {
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
  const api = createCaller(
    createContext({
      db,
      ip: "203.0.113.9",
      getCookie: (name) => (name === "jiangce_session" ? token : undefined),
      getHeader: (name) => (name === "x-csrf-token" ? csrfToken : undefined),
      setCookie: () => undefined,
    }),
  );
  return { cookie: `jiangce_session=${token}`, csrfToken, api };
}

/** Upload bytes through the HTTP route, as the back office does. */
export function upload(
  server: { app: FastifyInstance; cookie: string; csrfToken: string },
  body: Buffer | Uint8Array,
  fileName: string,
  options: { csrf?: boolean; regionCode?: string } = {},
) {
  return server.app.inject({
    method: "POST",
    url: `/api/roster/upload?regionCode=${options.regionCode ?? "420112"}&fileName=${encodeURIComponent(fileName)}`,
    headers: {
      cookie: server.cookie,
      "content-type": "application/octet-stream",
      ...(options.csrf === false ? {} : { "x-csrf-token": server.csrfToken }),
    },
    payload: Buffer.from(body),
  });
}

/** Poll a run until it leaves queued/running. */
export async function finished(
  api: ReturnType<typeof createCaller>,
  runId: string,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await api.roster.get({ runId });
    if (run.status !== "queued" && run.status !== "running") return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
