import { type ComponentType, useEffect, useState } from "react";
import { Layout } from "./components/layout.tsx";
import { PageErrorBoundary, RouteError } from "./components/route-error.tsx";
import { Loading } from "./components/status.tsx";
import { NotFound } from "./pages/not-found.tsx";
import { ParamsProvider, useLocation } from "./router/router.tsx";
import { matchRoute, type RouteMatch } from "./routes.tsx";

/** The page for the current path, inside the portal's layout. */
export function App() {
  const { pathname } = useLocation();
  // when the page first answers input (hydrated or rendered): read by pnpm bench:portal-web
  useEffect(() => {
    performance.mark("portal-interactive");
  }, []);
  const match = matchRoute(pathname);
  return (
    <Layout>
      <PageErrorBoundary key={pathname}>
        {match ? <RoutePage match={match} /> : <NotFound />}
      </PageErrorBoundary>
    </Layout>
  );
}

function RoutePage({ match }: { match: RouteMatch }) {
  const { page } = match.route;
  const [loaded, setLoaded] = useState<{ page: typeof page; component: ComponentType } | null>(
    null,
  );
  const [failed, setFailed] = useState(false);
  const Page = page.loaded() ?? (loaded?.page === page ? loaded.component : undefined);
  useEffect(() => {
    if (Page) return;
    let live = true;
    setFailed(false);
    page.load().then(
      (component) => live && setLoaded({ page, component }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [Page, page]);
  if (failed) return <RouteError />;
  if (!Page) return <Loading rows={3} />;
  return (
    <ParamsProvider value={match.params}>
      <Page />
    </ParamsProvider>
  );
}
