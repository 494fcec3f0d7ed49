import { appRouter, recentAttemptsFrom } from "@jiangce/api";
import type { Db } from "@jiangce/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type CalledProcedures, calledProcedures } from "./called-procedures.ts";

/** tRPC batches can carry several program documents (a draft may be up to 2 MB). */
export const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export interface LoginLimit {
  /** Login calls allowed per client address and window, whatever their outcome. */
  max: number;
  windowMs: number;
}

const knownProcedures: ReadonlySet<string> = new Set(Object.keys(appRouter._def.procedures));
const calledByRequest = new WeakMap<FastifyRequest, CalledProcedures>();

/** What an API request calls (set for every tRPC route request that passed the guard). */
export function calledBy(req: FastifyRequest): CalledProcedures | undefined {
  return calledByRequest.get(req);
}

/**
 * An error answer shaped like tRPC's own, so the apps' tRPC client shows its message. A body
 * the request still carries is not wanted: the connection is closed instead of drained.
 */
function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  const { headers } = reply.request;
  if (headers["transfer-encoding"] !== undefined || Number(headers["content-length"] ?? 0) > 0) {
    reply.header("connection", "close");
  }
  return reply
    .code(status)
    .header("content-type", "application/json")
    .send({ error: { message, code: -32600, data: { code, httpStatus: status, appCode: null } } });
}

/**
 * Everything decided before tRPC runs and before a body is read, on the route's normalised
 * procedure list: unknown procedures and oversized batches are refused; bodies are judged by
 * their headers (only JSON is accepted, and only up to BODY_LIMIT_BYTES; fastify's JSON reader
 * then stops a chunked body at the same limit while it streams); login calls beyond the
 * per-address limit (counted in the database, shared by every process) get 429.
 */
export function registerRequestGuard(
  app: FastifyInstance,
  options: { db: Db; apiRoute: string; loginLimit: LoginLimit },
) {
  app.addHook("onRequest", async (req, reply) => {
    if (req.routeOptions.url !== options.apiRoute) return;
    const pathParam = (req.params as { path?: string }).path ?? "";
    const batch = new URL(req.url, "http://localhost").searchParams.get("batch") === "1";
    const verdict = calledProcedures(pathParam, batch, knownProcedures);
    if (!verdict.ok) {
      return refuse(
        reply,
        verdict.status,
        verdict.status === 404 ? "NOT_FOUND" : "BAD_REQUEST",
        verdict.message,
      );
    }
    calledByRequest.set(req, verdict.called);

    const body = judgeBody(req);
    if (body) return refuse(reply, body.status, body.code, body.message);

    if (verdict.called.loginCalls > 0) {
      const { max, windowMs } = options.loginLimit;
      const now = Date.now();
      const recent = await recentAttemptsFrom(options.db, req.ip, new Date(now - windowMs));
      if (recent.count + verdict.called.loginCalls > max) {
        const waitMs = (recent.oldest?.getTime() ?? now) + windowMs - now;
        const seconds = Math.max(1, Math.ceil(waitMs / 1000));
        reply.header("retry-after", String(seconds));
        return refuse(
          reply,
          429,
          "TOO_MANY_REQUESTS",
          `登录尝试过于频繁，请在 ${seconds} 秒后重试。`,
        );
      }
    }
  });

  // Request log lines name the normalised procedures, never the raw (possibly disguised) URL.
  app.addHook("onResponse", async (req, reply) => {
    const called = calledBy(req);
    req.log.info(
      {
        method: req.method,
        ...(called ? { procedures: called.names, calls: called.calls } : { url: req.url }),
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request",
    );
  });
}

function judgeBody(
  req: FastifyRequest,
): { status: 400 | 413 | 415; code: string; message: string } | undefined {
  const lengthHeader = req.headers["content-length"];
  const length = lengthHeader === undefined ? undefined : Number(lengthHeader);
  const chunked = req.headers["transfer-encoding"] !== undefined;
  if (length !== undefined && !Number.isSafeInteger(length)) {
    return { status: 400, code: "BAD_REQUEST", message: "Content-Length 不正确" };
  }
  if (!chunked && !length) return undefined;
  if (req.method === "GET" || req.method === "HEAD") {
    return { status: 400, code: "BAD_REQUEST", message: "查询请求不能带请求体" };
  }
  const mediaType = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "只接受 JSON 格式的请求体" };
  }
  if (length !== undefined && length > BODY_LIMIT_BYTES) {
    return { status: 413, code: "PAYLOAD_TOO_LARGE", message: "请求体过大" };
  }
  return undefined;
}
