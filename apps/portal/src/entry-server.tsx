// Server rendering of the portal's pages (built with `vite build --ssr`, loaded by apps/server):
// the same components as in the browser, rendered from the same public reads, which the page
// then carries inline so the browser hydrates it without asking again.
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./app.tsx";
import { inlineJson } from "./inline-data.ts";
import { PAGE_READS, type Read } from "./page-reads.ts";
import { type ReadPath, readUrl } from "./reads/public-api.ts";
import { ReadStore, ReadStoreProvider } from "./reads/store.ts";
import { HistoryProvider, staticHistory } from "./router/router.tsx";
import { matchRoute, type PageName } from "./routes.tsx";

export { INLINE_DATA_ID } from "./inline-data.ts";

/** Answers a public read by its API URL: the answer's `data`, or rejects. */
export type FetchRead = (url: string) => Promise<unknown>;

export interface RenderedPage {
  page: PageName;
  /** the page's module in the build manifest (its chunk is worth preloading), null: in the entry */
  module: string | null;
  /** the markup of the root element's content */
  html: string;
  /** the page's title (React hoists <title> into the head only in the browser) */
  title: string | null;
  /** the inline data's JSON, safe inside a <script> element */
  data: string;
  /** reads the page made that were not fetched beforehand, failed ones aside (should be none) */
  missing: string[];
  /** a read the page needs answered 404 (a program never published): the page says so */
  notFound: boolean;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#x27;": "'",
  "&#39;": "'",
};
/** React's escaping undone: the title is handed over as plain text (the server escapes it). */
const unescapeHtml = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e]!);

/** Renders a portal page, or null when the path is no page of the portal (the browser decides). */
export async function renderPage(url: string, fetchRead: FetchRead): Promise<RenderedPage | null> {
  const history = staticHistory(url);
  const match = matchRoute(history.location().pathname);
  if (!match) return null;
  const reads: Record<string, unknown> = {};
  // a read that failed (a program that does not exist) is the browser's to ask and report
  const failed = new Set<string>();
  let notFound = false;
  const read: Read = async (path, input) => {
    const key = readUrl(path as ReadPath, input);
    try {
      const data = await fetchRead(key);
      reads[key] = data;
      return data as never;
    } catch (error) {
      failed.add(key);
      if ((error as { status?: unknown } | null)?.status === 404) notFound = true;
      throw error;
    }
  };
  await Promise.all([PAGE_READS[match.route.name](read, match.params), match.route.page.load()]);
  const store = new ReadStore();
  store.seed(reads);
  const html = renderToString(
    <StrictMode>
      <HistoryProvider value={history}>
        <ReadStoreProvider value={store}>
          <App />
        </ReadStoreProvider>
      </HistoryProvider>
    </StrictMode>,
  );
  // the page's <title> element, rendered in place on the server: its text goes to the head
  let title: string | null = null;
  const body = html.replace(/<title>([^<]*)<\/title>/, (_all, text: string) => {
    title = unescapeHtml(text);
    return "";
  });
  return {
    page: match.route.name,
    module: match.route.module,
    html: body,
    title,
    data: inlineJson({ reads }),
    missing: store.misses().filter((url) => !failed.has(url)),
    notFound,
  };
}
