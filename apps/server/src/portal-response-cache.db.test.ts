import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { invalidatePortal, PORTAL_CACHE_TTL_MS } from "@jiangce/api";
import { createDb, type Db, migrate, seed } from "@jiangce/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createServer } from "./create-server.ts";

let db: Db;
let app: FastifyInstance;
let dist: string;
const listUrl = `/api/portal.listPrograms?input=${encodeURIComponent(JSON.stringify({ regionCode: "420112" }))}`;

const titles = async () => {
  const response = await app.inject(listUrl);
  expect(response.statusCode).toBe(200);
  return (response.json().result.data as { title: string }[]).map((p) => p.title);
};

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "jiangce-portal-cache-"));
  db = createDb({ url: ":memory:" });
  await migrate(db);
  await seed(db, { demoAccounts: false });
  app = await createServer({ db, portalDist: dist, editorDist: dist });
});

afterAll(async () => {
  vi.useRealTimers();
  await app.close();
  await db.$disconnect();
  rmSync(dist, { recursive: true, force: true });
});

describe("the portal's published reads over HTTP", () => {
  it("answers repeated reads identically, follows a publish at once and any change within the TTL", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const before = await titles();
    expect(before.length).toBeGreaterThan(0);
    const first = await app.inject(listUrl);
    const second = await app.inject(listUrl);
    expect(second.body).toBe(first.body);
    expect(second.headers["content-type"]).toBe(first.headers["content-type"]);

    // A change made behind the services' back (another process) shows once the TTL has passed…
    const program = await db.program.findFirstOrThrow({ where: { regionCode: "420112" } });
    await db.program.update({
      where: { id: program.id },
      data: { title: `${program.title}（修订）` },
    });
    expect(await titles()).toEqual(before);
    vi.setSystemTime(Date.now() + PORTAL_CACHE_TTL_MS + 1);
    expect(await titles()).toContain(`${program.title}（修订）`);

    // …and a publish in this process (which bumps the portal epoch) shows at once.
    await db.program.update({ where: { id: program.id }, data: { title: program.title } });
    invalidatePortal(db);
    expect(await titles()).toEqual(before);
  });

  it("never keeps a failed read", async () => {
    const missing = `/api/portal.getProgram?input=${encodeURIComponent(JSON.stringify({ programId: "nope" }))}`;
    expect((await app.inject(missing)).statusCode).toBe(404);
    expect((await app.inject(missing)).statusCode).toBe(404);
  });
});
