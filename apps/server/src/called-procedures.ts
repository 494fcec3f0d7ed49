/**
 * The one normalised view of what an API request calls. The portal response cache, login
 * throttling, security headers and request logging all decide on this list, never on the raw
 * URL: a raw URL can hide a batch (`%2C`) or a procedure (`auth%252Elogin`) that the router
 * still finds after its own decoding.
 */

/** More calls than a screen's worth of parallel queries in one request is refused. */
export const MAX_BATCH_CALLS = 20;

export interface CalledProcedures {
  /** Each distinct procedure called, in first-call order (e.g. ["portal.listRegions"]). */
  names: readonly string[];
  /** How many calls the request makes (a batch may call one procedure several times). */
  calls: number;
  /** How many of those calls are `auth.login`. */
  loginCalls: number;
}

export type CallVerdict =
  | { ok: true; called: CalledProcedures }
  | { ok: false; status: 400 | 404; message: string };

/**
 * `pathParam` is the route's path parameter as the router hands it over (already decoded once
 * by fastify); tRPC decodes it once more and, for `?batch=1`, splits it on commas. We do the
 * same, then accept the request only when every name is a procedure of the router.
 */
export function calledProcedures(
  pathParam: string,
  batch: boolean,
  known: ReadonlySet<string>,
): CallVerdict {
  let path: string;
  try {
    path = decodeURIComponent(pathParam);
  } catch {
    return { ok: false, status: 400, message: "请求地址编码不正确" };
  }
  const all = batch ? path.split(",") : [path];
  if (all.length > MAX_BATCH_CALLS) {
    return {
      ok: false,
      status: 400,
      message: `一次请求最多包含 ${MAX_BATCH_CALLS} 个调用`,
    };
  }
  const unknown = all.find((name) => !known.has(name));
  if (unknown !== undefined) {
    return { ok: false, status: 404, message: "请求的接口不存在" };
  }
  return {
    ok: true,
    called: {
      names: [...new Set(all)],
      calls: all.length,
      loginCalls: all.filter((name) => name === "auth.login").length,
    },
  };
}

/** Public, caller-independent reads: the only answers a shared cache may keep. */
export function onlyPortalReads(called: CalledProcedures): boolean {
  return called.names.every((name) => name.startsWith("portal."));
}
