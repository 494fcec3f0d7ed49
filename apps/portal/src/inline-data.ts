// The data a server-rendered page carries: the public reads it was rendered from, keyed by their
// API URL (public-api.ts readUrl), in a <script type="application/json"> the browser never runs.

export const INLINE_DATA_ID = "portal-data";

export interface InlineData {
  reads: Record<string, unknown>;
}

/** JSON safe inside a <script> element: no "</script>" or "<!--" can end or change it. */
export function inlineJson(data: InlineData): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
