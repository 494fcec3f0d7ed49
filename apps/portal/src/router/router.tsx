// The portal's router: four kinds of page and plain links, so a few dozen lines instead of a
// router library in the initial chunk. The server renders with a fixed location; the browser
// follows the History API (links push, the back button pops).
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useSyncExternalStore,
} from "react";

export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

export interface History {
  location(): Location;
  subscribe(listener: () => void): () => void;
  push(to: string): void;
}

let current: Location | undefined;
const listeners = new Set<() => void>();

function read(): Location {
  const { pathname, search, hash } = window.location;
  if (
    !current ||
    current.pathname !== pathname ||
    current.search !== search ||
    current.hash !== hash
  )
    current = { pathname, search, hash };
  return current;
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** The browser's history (one per page). */
export const browserHistory: History = {
  location: read,
  subscribe(listener) {
    listeners.add(listener);
    if (listeners.size === 1) {
      window.addEventListener("popstate", changed);
      window.addEventListener("hashchange", changed);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        window.removeEventListener("popstate", changed);
        window.removeEventListener("hashchange", changed);
      }
    };
  },
  push(to) {
    const before = read();
    window.history.pushState(null, "", to);
    const after = read();
    // a new page starts at its top; a link to an anchor is scrolled by the page (use-scroll-to-hash)
    if (after.pathname !== before.pathname && !after.hash) window.scrollTo(0, 0);
    changed();
  },
};

/** A fixed location, for rendering on the server. */
export function staticHistory(url: string): History {
  const parsed = new URL(url, "http://portal.invalid");
  const location = { pathname: parsed.pathname, search: parsed.search, hash: "" };
  return { location: () => location, subscribe: () => () => {}, push: () => {} };
}

const HistoryContext = createContext<History | null>(null);
const ParamsContext = createContext<Record<string, string>>({});

export const HistoryProvider = HistoryContext.Provider;
export const ParamsProvider = ParamsContext.Provider;

function useHistory(): History {
  const history = useContext(HistoryContext);
  if (!history) throw new Error("HistoryProvider missing");
  return history;
}

export function useLocation(): Location {
  const history = useHistory();
  return useSyncExternalStore(history.subscribe, history.location, history.location);
}

export function useNavigate(): (to: string) => void {
  return useHistory().push;
}

/** The current page's path parameters (regionCode, programId). */
export function useParams(): Record<string, string | undefined> {
  return useContext(ParamsContext);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  to: string;
  children?: ReactNode;
};

/** An ordinary link that the page follows without reloading (modified clicks open as usual). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const history = useHistory();
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (
      e.defaultPrevented ||
      e.button !== 0 ||
      e.metaKey ||
      e.ctrlKey ||
      e.shiftKey ||
      e.altKey ||
      rest.target
    )
      return;
    e.preventDefault();
    history.push(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}
