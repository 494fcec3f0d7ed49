import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db, migrate } from "@jiangce/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "./create-server.ts";

let db: Db;
let app: FastifyInstance;
let dist: string;

function fakeBuild(root: string, title: string): void {
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), `<!doctype html><title>${title}</title>`);
  writeFileSync(join(root, "assets", "index-abc123.js"), "console.log(1)");
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "jiangce-server-test-"));
  fakeBuild(join(dist, "portal"), "portal");
  fakeBuild(join(dist, "editor"), "editor");
  db = createDb({ url: ":memory:" });
  await migrate(db);
  app = await createServer({
    db,
    portalDist: join(dist, "portal"),
    editorDist: join(dist, "editor"),
    loginLimit: { max: 3, windowMs: 60_000 },
  });
});

afterAll(async () => {
  await app.close();
  await db.$disconnect();
  rmSync(dist, { recursive: true, force: true });
});

describe("one server for the API, the portal and the editor", () => {
  it("answers the API's health query from the database", async () => {
    const response = await app.inject("/api/health.check");
    expect(response.statusCode).toBe(200);
    expect(response.json().result.data).toMatchObject({ ok: true, dialect: "sqlite" });
  });

  it("serves each app's index for its client-side routes, revalidated on every visit", async () => {
    for (const [url, title] of [
      ["/", "portal"],
      ["/r/420112", "portal"],
      ["/r/420112/p/abc", "portal"],
      ["/editor/", "editor"],
      ["/editor/d/420112", "editor"],
      ["/editor/login?next=%2F", "editor"],
    ] as const) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain(`<title>${title}</title>`);
      expect(response.headers["cache-control"], url).toBe("no-cache");
      expect(response.headers["content-security-policy"], url).toContain("script-src 'self'");
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
    }
    const bare = await app.inject("/editor");
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe("/editor/");
  });

  it("lets browsers keep content-hashed assets forever", async () => {
    for (const url of ["/assets/index-abc123.js", "/editor/assets/index-abc123.js"]) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe("public, max-age=31536000, immutable");
    }
  });

  it("never answers a missing file or an unknown API path with a page", async () => {
    for (const url of [
      "/assets/missing.js",
      "/editor/assets/missing.js",
      "/api/nothing.here",
      "/api/auth.%E0%A4%A",
    ]) {
      const response = await app.inject(url);
      // a malformed escape is a bad request, anything else simply not found; never a crash
      expect([400, 404], url).toContain(response.statusCode);
      expect(response.body, url).not.toContain("<title>");
    }
  });

  it("limits login attempts per address, alone or inside a batch, and nothing else", async () => {
    const attempt = (url: string) =>
      app.inject({
        method: "POST",
        url,
        headers: { "content-type": "application/json" },
        payload: url.includes("batch")
          ? { 0: { username: "nobody", password: "wrong" } }
          : { username: "nobody", password: "wrong" },
      });
    const statuses: number[] = [];
    for (const url of ["/api/auth.login", "/api/auth.login", "/api/auth.login?batch=1"]) {
      statuses.push((await attempt(url)).statusCode);
    }
    expect(statuses.every((s) => s !== 429)).toBe(true);
    const limited = await attempt("/api/auth.login");
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toMatch(/^登录尝试过于频繁，请在 \d+ 秒后重试。$/);
    const batched = await attempt("/api/auth.me,auth.login?batch=1");
    expect(batched.statusCode).toBe(429);
    expect((await app.inject("/api/health.check")).statusCode).toBe(200);
  });
});
