// The portal's only reads: public GET procedures of the API, fetched with plain `fetch` (no tRPC
// client, no query library in the initial chunk). The answer shapes are the API's own types.
import type { RouterInputs, RouterOutputs } from "@jiangce/api";

type In = RouterInputs;
type Out = RouterOutputs;

/**
 * Every procedure the portal calls, with its input and answer. All are anonymous reads of
 * published data (the server may cache them and inline them into a page's HTML).
 */
export interface PublicReads {
  "portal.listRegions": { input: undefined; output: Out["portal"]["listRegions"] };
  "portal.listPrograms": {
    input: In["portal"]["listPrograms"];
    output: Out["portal"]["listPrograms"];
  };
  "portal.getProgram": { input: In["portal"]["getProgram"]; output: Out["portal"]["getProgram"] };
  "portal.getSettings": {
    input: In["portal"]["getSettings"];
    output: Out["portal"]["getSettings"];
  };
  "portal.getCatalogues": {
    input: In["portal"]["getCatalogues"];
    output: Out["portal"]["getCatalogues"];
  };
  "region.get": { input: In["region"]["get"]; output: Out["region"]["get"] };
  "region.list": { input: In["region"]["list"]; output: Out["region"]["list"] };
}

export type ReadPath = keyof PublicReads;
export type ReadInput<P extends ReadPath> = PublicReads[P]["input"];
export type ReadOutput<P extends ReadPath> = PublicReads[P]["output"];

/**
 * The request's path and query, as tRPC's HTTP link writes a single GET call. It is also the key
 * of the answer in the portal's store and in the data a server-rendered page inlines.
 */
export function readUrl<P extends ReadPath>(path: P, input: ReadInput<P>): string {
  return input === undefined
    ? `/api/${path}`
    : `/api/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** A refused or failed read; `code` is tRPC's ("NOT_FOUND", …), the message the server's. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = "ReadError";
  }
}

interface Envelope {
  result?: { data: unknown };
  error?: { message?: string; data?: { code?: string; httpStatus?: number } };
}

/** One GET; the answer's JSON as the server sent it (dates stay ISO strings, as over tRPC). */
export async function fetchRead(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" } });
  } catch {
    throw new ReadError("网络连接失败", "NETWORK", 0);
  }
  const body = (await response.json().catch(() => ({}))) as Envelope;
  if (response.ok && body.result) return body.result.data;
  throw new ReadError(
    body.error?.message ?? "加载失败",
    body.error?.data?.code ?? "INTERNAL_SERVER_ERROR",
    body.error?.data?.httpStatus ?? response.status,
  );
}
