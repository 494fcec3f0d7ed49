import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { INLINE_DATA_ID, type InlineData } from "./inline-data.ts";
import { ReadStore, ReadStoreProvider } from "./reads/store.ts";
import { browserHistory, HistoryProvider } from "./router/router.tsx";
import { matchRoute } from "./routes.tsx";
import "./styles.css";

const store = new ReadStore();
const inline = document.getElementById(INLINE_DATA_ID);
if (inline?.textContent) store.seed((JSON.parse(inline.textContent) as InlineData).reads);

const app = (
  <StrictMode>
    <HistoryProvider value={browserHistory}>
      <ReadStoreProvider value={store}>
        <App />
      </ReadStoreProvider>
    </HistoryProvider>
  </StrictMode>
);

const root = document.getElementById("root")!;
// A page the server rendered is hydrated as it is, once its chunk is here (the server
// preloads it); anything else is rendered in the browser.
if (root.firstElementChild) {
  const match = matchRoute(window.location.pathname);
  Promise.resolve(match?.route.page.load())
    .catch(() => {})
    .then(() => hydrateRoot(root, app));
} else {
  createRoot(root).render(app);
}
