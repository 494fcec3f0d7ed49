import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { PortalPages } from "./portal-pages.ts";

/** A built single-page app: its dist folder and the URL prefix it is served under. */
export interface StaticApp {
  prefix: "/" | `/${string}/`;
  root: string;
}

// Vite puts content-hashed files under assets/: they never change, so browsers may keep them
// forever. index.html names the current hashes, so it must be revalidated on every visit.
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header("cache-control", path.includes("/assets/") ? IMMUTABLE : REVALIDATE);
}

/**
 * Serves each built app under its prefix, and answers client-side routes (a GET for a page
 * that is not a file, e.g. /r/420112 or /editor/programs) with the app's index.html — or, for
 * the portal's pages when its server renderer is built, with the page rendered (`pages`).
 * The longest prefix wins, so /editor/... goes to the editor and everything else to the portal.
 * API paths never fall back to HTML: an unknown /api/... stays a 404.
 * Scripts and stylesheets are sent precompressed (.br/.gz written by the build) when accepted.
 */
export async function registerStaticApps(
  app: FastifyInstance,
  apps: StaticApp[],
  apiPrefix: string,
  pages?: { prefix: StaticApp["prefix"]; render: PortalPages | null },
): Promise<void> {
  const built = apps.filter((a) => existsSync(join(a.root, "index.html")));
  for (const [i, a] of built.entries()) {
    await app.register(fastifyStatic, {
      root: a.root,
      prefix: a.prefix,
      // Only the first registration may decorate reply.sendFile.
      decorateReply: i === 0,
      cacheControl: false,
      setHeaders: cacheHeaders,
      // Without wildcard, unknown paths reach the not-found handler below (SPA fallback).
      wildcard: false,
      preCompressed: true,
      // a rendered app's "/" is a page like the others (not its bare index.html)
      index: pages?.render && pages.prefix === a.prefix ? false : undefined,
    });
  }

  const byLongestPrefix = [...apps].sort((a, b) => b.prefix.length - a.prefix.length);
  for (const a of apps) {
    // "/editor" without the slash: send the browser to the app's base URL.
    if (a.prefix !== "/") {
      app.get(a.prefix.slice(0, -1), (_req, reply) => reply.redirect(a.prefix));
    }
  }

  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split("?")[0] ?? "/";
    const wantsPage =
      (req.method === "GET" || req.method === "HEAD") &&
      !path.startsWith(`${apiPrefix}/`) &&
      !/\.[a-z0-9]+$/i.test(path);
    const target = byLongestPrefix.find((a) => path.startsWith(a.prefix));
    if (!wantsPage || !target) {
      return reply.code(404).type("application/json").send({ error: "未找到", path });
    }
    if (!built.includes(target)) {
      return reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send(`该应用尚未构建（缺少 ${target.root}/index.html）。请先运行 pnpm build。`);
    }
    if (pages?.render && target.prefix === pages.prefix && (await pages.render.send(req, reply)))
      return reply;
    reply.header("cache-control", REVALIDATE);
    return reply.sendFile("index.html", target.root);
  });
}
