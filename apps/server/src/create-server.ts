import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import {
  type AppRouter,
  appRouter,
  createContext,
  expireLapsedVersions,
  listenForPortalChanges,
  pruneLoginAttempts,
} from "@jiangce/api";
import type { Db } from "@jiangce/db";
import {
  type CreateFastifyContextOptions,
  type FastifyTRPCPluginOptions,
  fastifyTRPCPlugin,
} from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { MAX_BATCH_CALLS } from "./called-procedures.ts";
import { portalPages } from "./portal-pages.ts";
import { isShareablePortalRead, registerPortalResponseCache } from "./portal-response-cache.ts";
import { BODY_LIMIT_BYTES, type LoginLimit, registerRequestGuard } from "./request-guard.ts";
import { registerRosterRoutes } from "./roster-upload.ts";
import { registerStaticApps } from "./static-apps.ts";

const repoRoot = resolve(fileURLToPath(import.meta.url), "../../../..");

export const API_PREFIX = "/api";

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export interface ServerOptions {
  db: Db;
  /** Built portal (default apps/portal/dist), served at /. */
  portalDist?: string;
  /** Built editor (default apps/editor/dist), served at /editor/. */
  editorDist?: string;
  logger?: FastifyServerOptions["logger"];
  /**
   * Behind a reverse proxy, take the client address (throttling, audit) from X-Forwarded-For:
   * a number of proxy hops to trust (1 behind one nginx), or a list of proxy addresses.
   */
  trustProxy?: boolean | number | string;
  /** Served over HTTPS (directly or behind a proxy): mark the session cookie Secure. */
  secureCookies?: boolean;
  /** Login calls allowed per client address and window (default 10 a minute). */
  loginLimit?: LoginLimit;
  /** How often lapsed published versions are expired (default every 5 minutes). */
  expiryCheckMs?: number;
}

/** Trust the `hops` nearest proxies: the address the farthest of them saw is the client's. */
function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

// A year: browsers go straight to HTTPS for this host once they have seen it over HTTPS.
const HSTS = "max-age=31536000";

/** The whole HTTP surface: tRPC under /api, the portal at /, the editor at /editor/. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // request log lines come from the guard, naming the normalised procedures
    disableRequestLogging: true,
    trustProxy:
      typeof options.trustProxy === "number"
        ? trustHops(options.trustProxy)
        : (options.trustProxy ?? false),
    bodyLimit: BODY_LIMIT_BYTES,
    // a batch path of MAX_BATCH_CALLS procedures must reach the guard's clear refusal
    routerOptions: { maxParamLength: 2000 },
  });

  // The apps are same-origin bundles: no inline scripts, no third-party hosts, never framed.
  // Styles allow 'unsafe-inline' because tiptap injects its base stylesheet at runtime.
  // API answers that depend on the caller (anything but an anonymous portal read) must not be
  // kept by the browser or any cache on the way.
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    if (options.secureCookies) reply.header("strict-transport-security", HSTS);
    if (req.url.startsWith(`${API_PREFIX}/`) && !isShareablePortalRead(req)) {
      reply.header("cache-control", "no-store");
    }
  });

  await app.register(fastifyCookie);

  registerRequestGuard(app, {
    db: options.db,
    apiRoute: `${API_PREFIX}/:path`,
    loginLimit: options.loginLimit ?? { max: 10, windowMs: 60_000 },
  });
  registerPortalResponseCache(app, options.db);

  // Several processes on one PostgreSQL: every process's publishes reach this one's caches.
  const portalListener = listenForPortalChanges(options.db);
  // Old login attempts decide nothing any more; any process may delete them (idempotent).
  const prune = () => {
    pruneLoginAttempts(options.db, new Date()).catch((err) => app.log.warn({ err }, "prune"));
  };
  const pruneTimer = setInterval(prune, 60 * 60 * 1000);
  pruneTimer.unref();
  app.addHook("onReady", async () => prune());
  // Published versions whose last day has passed expire on their own: checked at start and every
  // few minutes; any number of processes may run it (each expiry is won by one of them).
  const expire = () => {
    expireLapsedVersions(options.db, new Date())
      .then((ids) => ids.length > 0 && app.log.info({ ids }, "expired lapsed versions"))
      .catch((err) => app.log.warn({ err }, "expire"));
  };
  const expiryTimer = setInterval(expire, options.expiryCheckMs ?? 5 * 60 * 1000);
  expiryTimer.unref();
  app.addHook("onReady", async () => expire());
  app.addHook("onClose", async () => {
    clearInterval(pruneTimer);
    clearInterval(expiryTimer);
    await portalListener?.close();
  });
  await registerRosterRoutes(app, options.db, API_PREFIX);

  await app.register(fastifyTRPCPlugin, {
    prefix: API_PREFIX,
    trpcOptions: {
      router: appRouter,
      maxBatchSize: MAX_BATCH_CALLS,
      createContext: ({ req, res }: CreateFastifyContextOptions) =>
        createContext({
          db: options.db,
          ip: req.ip,
          getHeader: (name) => {
            const value = req.headers[name.toLowerCase()];
            return Array.isArray(value) ? value[0] : value;
          },
          getCookie: (name) => req.cookies[name],
          setCookie: (name, value, cookieOptions) => {
            res.setCookie(name, value, cookieOptions);
          },
          secureCookies: options.secureCookies ?? false,
        }),
      onError: ({ path, error }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ path, err: error }, "tRPC");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  const portalDist = options.portalDist ?? resolve(repoRoot, "apps/portal/dist");
  await registerStaticApps(
    app,
    [
      { prefix: "/", root: portalDist },
      { prefix: "/editor/", root: options.editorDist ?? resolve(repoRoot, "apps/editor/dist") },
    ],
    API_PREFIX,
    {
      prefix: "/",
      // the portal's pages with their content, rendered by its own components (when built)
      render: await portalPages(
        app,
        options.db,
        portalDist,
        resolve(portalDist, "../dist-ssr/entry-server.js"),
      ),
    },
  );

  return app;
}
