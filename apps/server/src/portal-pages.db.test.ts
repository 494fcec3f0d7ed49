import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { invalidatePortal } from "@jiangce/api";
import { createDb, type Db, migrate, seed } from "@jiangce/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "./create-server.ts";

// A stand-in for the portal's server renderer (apps/portal/src/entry-server.tsx, tested there):
// it counts its renders and shows what its reads through the API returned, including who the
// API thinks is asking.
const RENDERER = `
export const INLINE_DATA_ID = "portal-data";
let renders = 0;
export async function renderPage(url, read) {
  if (!url.startsWith("/r/")) return null;
  // as the real renderer does: a read that found nothing makes the page a 404, not a failure
  let notFound = false;
  if (url.includes("/p/"))
    await read("/api/portal.getProgram?input=" + encodeURIComponent(JSON.stringify({ programId: url.split("/p/")[1] })))
      .catch((error) => { if (error.status === 404) notFound = true; else throw error; });
  renders += 1;
  const regions = await read("/api/portal.listRegions");
  const me = await read("/api/auth.me");
  return {
    page: "district",
    module: "src/pages/district-home.tsx",
    html: "<h1>render " + renders + "</h1><p>me: " + JSON.stringify(me) + "</p><p>$& $' $1</p>",
    title: "东西湖区 & <政策> $'",
    data: JSON.stringify({ reads: { regions: regions.length } }).replace(/</g, "\\\\u003c"),
    missing: [],
    notFound,
  };
}
`;

const TEMPLATE = (script: string) =>
  `<!doctype html><html><head><title>portal</title><script type="module" src="/assets/${script}"></script></head><body><div id="root"></div></body></html>`;

let db: Db;
let app: FastifyInstance;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "jiangce-pages-test-"));
  const portal = join(dist, "portal");
  mkdirSync(join(portal, "assets"), { recursive: true });
  mkdirSync(join(portal, ".vite"), { recursive: true });
  mkdirSync(join(dist, "dist-ssr"), { recursive: true });
  writeFileSync(join(portal, "index.html"), TEMPLATE("index-1.js"));
  writeFileSync(join(portal, "assets", "index-1.js"), "console.log(1)");
  writeFileSync(
    join(portal, ".vite", "manifest.json"),
    JSON.stringify({
      "index.html": { file: "assets/index-1.js", isEntry: true },
      "src/pages/district-home.tsx": { file: "assets/district-2.js", imports: ["_shared.js"] },
      "_shared.js": { file: "assets/shared-3.js", imports: ["index.html"] },
    }),
  );
  writeFileSync(join(dist, "dist-ssr", "entry-server.js"), RENDERER);
  db = createDb({ url: ":memory:" });
  await migrate(db);
  await seed(db, { demoAccounts: true });
  app = await createServer({ db, portalDist: portal, editorDist: join(dist, "none") });
});

afterAll(async () => {
  await app.close();
  await db.$disconnect();
  rmSync(dist, { recursive: true, force: true });
});

const page = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: "GET", url, headers });

describe("portal pages served with their content", () => {
  it("puts the rendered page, its title, its data and its chunks into the portal's index", async () => {
    const response = await page("/r/420112");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
    const html = response.body;
    expect(html).toMatch(/<div id="root"><h1>render \d+<\/h1>/);
    // text that a replacement string would expand arrives as it was
    expect(html).toContain("<p>$& $' $1</p></div>");
    expect(html).toContain("<title>东西湖区 &amp; &lt;政策&gt; $'</title>");
    expect(html).toMatch(
      /<script type="application\/json" id="portal-data">\{"reads":\{"regions":\d+/,
    );
    // the page's chunk and what it imports, not the entry (already loaded by its script tag)
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/district-2.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/shared-3.js">');
    expect(html).not.toContain('modulepreload" crossorigin href="/assets/index-1.js"');
  });

  it("reads as an anonymous visitor, whoever asks for the page", async () => {
    const login = await app.inject({
      method: "POST",
      url: "/api/auth.login",
      payload: { username: "drafter-420112", password: "jiangce-demo" },
    });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
    const me = await app.inject({ method: "GET", url: "/api/auth.me", headers: { cookie } });
    expect(me.body).toContain("drafter-420112");

    invalidatePortal(db);
    const signedIn = await page("/r/420100", { cookie });
    expect(signedIn.body).toContain("me: null");
    expect(signedIn.body).not.toContain("drafter-420112");
  });

  it("keeps a page until a publish or expiry invalidates the portal", async () => {
    const first = (await page("/r/330800")).body.match(/render (\d+)/)?.[1];
    expect((await page("/r/330800")).body.match(/render (\d+)/)?.[1]).toBe(first);
    invalidatePortal(db);
    expect((await page("/r/330800")).body.match(/render (\d+)/)?.[1]).not.toBe(first);
  });

  it("sends the page compressed to browsers that accept it", async () => {
    const response = await page("/r/420112", { "accept-encoding": "gzip, deflate, br" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers.vary).toContain("accept-encoding");
    expect(brotliDecompressSync(response.rawPayload).toString()).toContain('<div id="root"><h1>');
  });

  it("follows a rebuild of the portal while running (new script hashes, new renderer)", async () => {
    const portal = join(dist, "portal");
    writeFileSync(join(portal, "index.html"), TEMPLATE("index-9.js"));
    writeFileSync(
      join(dist, "dist-ssr", "entry-server.js"),
      RENDERER.replace('"<h1>render "', '"<h1>rebuilt render "'),
    );
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(portal, "index.html"), later, later);
    invalidatePortal(db);
    const html = (await page("/r/420112")).body;
    expect(html).toContain('src="/assets/index-9.js"');
    expect(html).toContain("<h1>rebuilt render ");
  });

  it("leaves a path the renderer does not know to the browser (the bare index)", async () => {
    const response = await page("/somewhere/else");
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root"></div>');
  });

  it("answers 404 for a program that was never published, and does not keep that page", async () => {
    const first = await page("/r/420112/p/no-such-program");
    expect(first.statusCode).toBe(404);
    expect(first.headers["content-type"]).toContain("text/html");
    const again = await page("/r/420112/p/no-such-program");
    expect(again.statusCode).toBe(404);
    // rendered afresh, not served from the page memo
    expect(again.body.match(/render (\d+)/)?.[1]).not.toBe(first.body.match(/render (\d+)/)?.[1]);
  });
});
