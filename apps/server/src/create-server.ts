import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import { type AppRouter, appRouter, createContext } from "@jiangce/api";
import type { Db } from "@jiangce/db";
import {
  type CreateFastifyContextOptions,
  type FastifyTRPCPluginOptions,
  fastifyTRPCPlugin,
} from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { registerPortalResponseCache } from "./portal-response-cache.ts";
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
  /** Behind a reverse proxy, trust X-Forwarded-For for the client address (rate limit, audit). */
  trustProxy?: boolean;
  /** Served over HTTPS (directly or behind a proxy): mark the session cookie Secure. */
  secureCookies?: boolean;
  /** Login attempts allowed per client address and window. */
  loginLimit?: { max: number; timeWindow: string };
}

/** Whether a tRPC request calls the login procedure (alone or inside a batch). */
function callsLogin(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  if (!path.startsWith(`${API_PREFIX}/`)) return false;
  return path
    .slice(API_PREFIX.length + 1)
    .split(",")
    .some((name) => name === "auth.login" || safeDecode(name) === "auth.login");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The whole HTTP surface: tRPC under /api, the portal at /, the editor at /editor/. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    // tRPC batches can carry several program documents.
    bodyLimit: 5 * 1024 * 1024,
  });

  // The apps are same-origin bundles: no inline scripts, no third-party hosts, never framed.
  // Styles allow 'unsafe-inline' because tiptap injects its base stylesheet at runtime.
  app.addHook("onSend", async (_req, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
  });

  await app.register(fastifyCookie);

  // Password guessing is limited per client address; every other route is unlimited here.
  await app.register(fastifyRateLimit, {
    max: options.loginLimit?.max ?? 10,
    timeWindow: options.loginLimit?.timeWindow ?? "1 minute",
    allowList: (req) => !callsLogin(req.url),
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      error: "Too Many Requests",
      message: `登录尝试过于频繁，请在 ${Math.ceil(context.ttl / 1000)} 秒后重试。`,
    }),
  });

  registerPortalResponseCache(app, options.db, API_PREFIX);
  await registerRosterRoutes(app, options.db, API_PREFIX);

  await app.register(fastifyTRPCPlugin, {
    prefix: API_PREFIX,
    trpcOptions: {
      router: appRouter,
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

  await registerStaticApps(
    app,
    [
      { prefix: "/", root: options.portalDist ?? resolve(repoRoot, "apps/portal/dist") },
      { prefix: "/editor/", root: options.editorDist ?? resolve(repoRoot, "apps/editor/dist") },
    ],
    API_PREFIX,
  );

  return app;
}
