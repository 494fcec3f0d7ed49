import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { portalCacheTtlMs, portalEpoch } from "@jiangce/api";
import type { Db } from "@jiangce/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * The portal's pages as HTML with their content: apps/portal's server renderer (dist-ssr, the
 * portal's own components) renders a page from the public reads it needs, which the page carries
 * inline (`<script type="application/json">`, never run: the CSP stays `script-src 'self'`) so the
 * browser hydrates it without a first round trip. Only anonymous reads of published data go in:
 * they are made through the API itself without the visitor's cookies, so a page is the same for
 * everyone and is kept exactly as long as the API's portal answers (same epoch, same TTL: a
 * publish or an expiry drops it at once).
 */

interface RenderedPage {
  module: string | null;
  html: string;
  title: string | null;
  data: string;
  missing: string[];
  notFound?: boolean;
}

interface Renderer {
  INLINE_DATA_ID: string;
  renderPage(url: string, read: (url: string) => Promise<unknown>): Promise<RenderedPage | null>;
}

interface Manifest {
  [key: string]: { file: string; imports?: string[]; isEntry?: boolean };
}

interface Page {
  /** 404 when a read the page needs found nothing (the page then says so in the browser) */
  status: number;
  html: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const MAX_PAGES = 500;

/** A public read the page needs was refused (404: the program or region does not exist). */
class ReadFailed extends Error {
  constructor(readonly status: number) {
    super(`portal read answered ${status}`);
  }
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** The chunks a page module needs beyond the entry, as manifest files (for modulepreload). */
function chunksOf(manifest: Manifest, module: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(module);
  return [...files];
}

export interface PortalPages {
  /** Answers a page request with rendered HTML; false when it is no page the renderer knows. */
  send(req: FastifyRequest, reply: FastifyReply): Promise<boolean>;
}

/** Null when the portal's server renderer is not built (the portal then renders in the browser). */
export async function portalPages(
  app: FastifyInstance,
  db: Db,
  portalDist: string,
  ssrEntry: string,
): Promise<PortalPages | null> {
  const indexFile = join(portalDist, "index.html");
  if (!existsSync(ssrEntry) || !existsSync(indexFile)) return null;
  const manifestFile = join(portalDist, ".vite", "manifest.json");
  // The build this process renders with: the page template names the scripts' hashes, so a
  // rebuild of the portal while the server runs is picked up (template, manifest and renderer).
  let build: { stamp: number; template: string; manifest: Manifest; renderer: Renderer } | null =
    null;
  const current = async () => {
    const stamp = statSync(indexFile).mtimeMs;
    if (build?.stamp !== stamp) {
      build = {
        stamp,
        template: readFileSync(indexFile, "utf8"),
        manifest: existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : {},
        renderer: (await import(`${pathToFileURL(ssrEntry).href}?build=${stamp}`)) as Renderer,
      };
    }
    return build;
  };
  await current();
  const pages = new Map<string, { epoch: number; at: number; page: Promise<Page | null> }>();

  // a read through the API as an anonymous visitor (and through its response cache)
  const read = async (url: string) => {
    const response = await app.inject({ method: "GET", url });
    const body = response.json() as { result?: { data: unknown } };
    if (response.statusCode !== 200 || !body.result) throw new ReadFailed(response.statusCode);
    return body.result.data;
  };

  const render = async (path: string): Promise<Page | null> => {
    const { template, manifest, renderer } = await current();
    const rendered = await renderer.renderPage(path, read);
    if (!rendered) return null;
    if (rendered.missing.length > 0) app.log.warn({ path, missing: rendered.missing }, "ssr");
    const preload = rendered.module
      ? chunksOf(manifest, rendered.module)
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
          .join("")
      : "";
    // replacer functions: the page's text may hold "$&" or "$'", which a replacement string expands
    const title = rendered.title;
    let html = template
      .replace("</head>", () => `${preload}</head>`)
      .replace(
        '<div id="root"></div>',
        () =>
          `<div id="root">${rendered.html}</div><script type="application/json" id="${renderer.INLINE_DATA_ID}">${rendered.data}</script>`,
      );
    if (title)
      html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
    const buffer = Buffer.from(html);
    return {
      status: rendered.notFound ? 404 : 200,
      html: buffer,
      br: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
      gzip: gzipSync(buffer, { level: 6 }),
    };
  };

  return {
    async send(req, reply) {
      const path = (req.url.split("?")[0] ?? "/").split("#")[0] ?? "/";
      const epoch = portalEpoch(db);
      let entry = pages.get(path);
      if (!entry || entry.epoch !== epoch || Date.now() - entry.at >= portalCacheTtlMs(db)) {
        if (pages.size >= MAX_PAGES) pages.clear();
        entry = { epoch, at: Date.now(), page: render(path) };
        const kept = entry;
        pages.set(path, kept);
        // a failed render is not kept, nor a page of nothing (any path could fill the memo);
        // a render across a publish is not reused
        kept.page.then(
          (page) =>
            (page?.status !== 200 || portalEpoch(db) !== epoch) &&
            pages.get(path) === kept &&
            pages.delete(path),
          () => pages.get(path) === kept && pages.delete(path),
        );
      }
      let page: Page | null;
      try {
        page = await entry.page;
      } catch (err) {
        app.log.warn({ err, path }, "ssr failed; the browser renders the page");
        return false;
      }
      if (!page) return false;
      const accepts = String(req.headers["accept-encoding"] ?? "");
      reply.code(page.status);
      reply.header("cache-control", "no-cache").header("vary", "accept-encoding");
      reply.type("text/html; charset=utf-8");
      if (/\bbr\b/.test(accepts)) reply.header("content-encoding", "br").send(page.br);
      else if (/\bgzip\b/.test(accepts)) reply.header("content-encoding", "gzip").send(page.gzip);
      else reply.send(page.html);
      return true;
    },
  };
}
