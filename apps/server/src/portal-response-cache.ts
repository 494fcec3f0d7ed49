import { portalCacheTtlMs, portalEpoch, SESSION_COOKIE } from "@jiangce/api";
import type { Db } from "@jiangce/db";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { onlyPortalReads } from "./called-procedures.ts";
import { calledBy } from "./request-guard.ts";

const MAX_ENTRIES = 1000;
const sessionCookie = new RegExp(`(?:^|;)\\s*${SESSION_COOKIE}=`);

interface Entry {
  at: number;
  epoch: number;
  body: string;
  contentType: string;
}

/**
 * Whether an answer is the same for every caller and may be kept by a cache (this one, or any
 * on the way): a GET whose every call (by the normalised procedure list, never the raw URL) is a
 * public portal read, sent without a session cookie, asking for the ordinary JSON answer.
 * Everything else is answered `Cache-Control: no-store`.
 */
export function isShareablePortalRead(req: FastifyRequest): boolean {
  const called = calledBy(req);
  return (
    req.method === "GET" &&
    called !== undefined &&
    onlyPortalReads(called) &&
    !sessionCookie.test(req.headers.cookie ?? "") &&
    req.headers["trpc-accept"] === undefined &&
    !(req.headers.accept ?? "").includes("application/jsonl")
  );
}

/**
 * The public portal's reads are the hot path and the same for every visitor, so their serialized
 * answers are kept for as long as the API itself may reuse them (its portal memo: same epoch,
 * within `portalCacheTtlMs`; a publish here or, on PostgreSQL, in any process drops them at once).
 * A hit skips tRPC's request handling and JSON serialization of whole program documents.
 */
export function registerPortalResponseCache(app: FastifyInstance, db: Db) {
  const entries = new Map<string, Entry>();
  // The epoch seen when the request arrived: an answer computed across a publish is not kept.
  const epochAtArrival = new WeakMap<FastifyRequest, number>();

  app.addHook("onRequest", async (req, reply) => {
    if (!isShareablePortalRead(req)) return;
    const epoch = portalEpoch(db);
    const hit = entries.get(req.url);
    if (hit && hit.epoch === epoch && Date.now() - hit.at < portalCacheTtlMs(db)) {
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
