import type { ComponentType } from "react";
import { ChooseDistrict } from "./pages/choose-district.tsx";

// Every page but the home is its own chunk: the home's initial JavaScript carries no engine,
// no schema and no program document code.

/** A page component loaded on first use, then kept (so it renders synchronously after). */
export interface PageLoader {
  loaded(): ComponentType | undefined;
  load(): Promise<ComponentType>;
}

function lazyPage(load: () => Promise<ComponentType>): PageLoader {
  let component: ComponentType | undefined;
  let promise: Promise<ComponentType> | undefined;
  return {
    loaded: () => component,
    load: () => {
      promise ??= load().then(
        (c) => {
          component = c;
          return c;
        },
        (error) => {
          promise = undefined; // a failed chunk may be retried on the next visit
          throw error;
        },
      );
      return promise;
    },
  };
}

const eager = (c: ComponentType): PageLoader => ({ loaded: () => c, load: async () => c });

export type PageName = "home" | "district" | "program" | "check";

interface Route {
  name: PageName;
  /** the page's module as the build manifest names it (the server preloads its chunk) */
  module: string | null;
  pattern: RegExp;
  keys: string[];
  page: PageLoader;
}

export const ROUTES: Route[] = [
  { name: "home", module: null, pattern: /^\/$/, keys: [], page: eager(ChooseDistrict) },
  {
    name: "district",
    module: "src/pages/district-home.tsx",
    pattern: /^\/r\/([^/]+)\/?$/,
    keys: ["regionCode"],
    page: lazyPage(() => import("./pages/district-home.tsx").then((m) => m.DistrictHome)),
  },
  {
    name: "program",
    module: "src/pages/program-page.tsx",
    pattern: /^\/r\/([^/]+)\/p\/([^/]+)\/?$/,
    keys: ["regionCode", "programId"],
    page: lazyPage(() => import("./pages/program-page.tsx").then((m) => m.ProgramPage)),
  },
  {
    name: "check",
    module: "src/pages/entitlement-check.tsx",
    pattern: /^\/r\/([^/]+)\/check\/?$/,
    keys: ["regionCode"],
    page: lazyPage(() => import("./pages/entitlement-check.tsx").then((m) => m.EntitlementCheck)),
  },
];

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export function matchRoute(pathname: string): RouteMatch | null {
  for (const route of ROUTES) {
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    try {
      route.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(m[i + 1] ?? "");
      });
    } catch {
      return null; // a malformed escape is no page of ours
    }
    return { route, params };
  }
  return null;
}
