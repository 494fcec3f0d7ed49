import { PORTAL_CACHE_TTL_MS, portalEpoch } from "@jiangce/api";
import type { Db } from "@jiangce/db";
import type { FastifyInstance, FastifyRequest } from "fastify";

const MAX_ENTRIES = 1000;

interface Entry {
  at: number;
  epoch: number;
  body: string;
  contentType: string;
}

/**
 * The public portal's reads (`GET /api/portal.*`) are the hot path and the same for every
 * visitor, so their serialized answers are kept for as long as the API itself may reuse them
 * (its portal memo: at most PORTAL_CACHE_TTL_MS, dropped at once by a publish in this process).
 * A hit skips tRPC's request handling and JSON serialization of whole program documents, which
 * is where a cached read still spent its time. Answers are public (no session in them), so the
 * cookie a signed-in editor user also sends to the portal does not matter.
 */
export function registerPortalResponseCache(app: FastifyInstance, db: Db, apiPrefix: string) {
  const entries = new Map<string, Entry>();
  const pathPrefix = `${apiPrefix}/portal.`;
  const cacheable = (req: FastifyRequest) =>
    req.method === "GET" && req.url.startsWith(pathPrefix) && !req.url.includes(",");
  // The epoch seen when the request arrived: an answer computed across a publish is not kept.
  const epochAtArrival = new WeakMap<FastifyRequest, number>();

  app.addHook("onRequest", async (req, reply) => {
    if (!cacheable(req)) return;
    const epoch = portalEpoch(db);
    const hit = entries.get(req.url);
    if (hit && hit.epoch === epoch && Date.now() - hit.at < PORTAL_CACHE_TTL_MS) {
      return reply.code(200).header("content-type", hit.contentType).send(hit.body);
    }
    epochAtArrival.set(req, epoch);
  });

  app.addHook("onSend", async (req, reply, payload) => {
    const epoch = epochAtArrival.get(req);
    // tRPC's adapter answers with a fetch Response; keep its text so it can be sent again.
    if (epoch === undefined || !(payload instanceof Response)) return payload;
    const body = await payload.text();
    reply.code(payload.status);
    payload.headers.forEach((value, name) => {
      reply.header(name, value);
    });
    if (payload.status === 200 && epoch === portalEpoch(db)) {
      if (entries.size >= MAX_ENTRIES) entries.clear();
      const contentType = payload.headers.get("content-type") ?? "application/json";
      entries.set(req.url, { at: Date.now(), epoch, body, contentType });
    }
    return body;
  });
}
