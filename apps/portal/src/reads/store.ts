// A small read cache for the portal's public GETs, shared by every component of a page. A page
// rendered by the server arrives with its reads inlined (`seed`), so it hydrates without a first
// round trip; the rest are fetched on demand, once, and shared.
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from "react";
import {
  fetchRead,
  type ReadError,
  type ReadInput,
  type ReadOutput,
  type ReadPath,
  readUrl,
} from "./public-api.ts";

/** Published programs change rarely: an answer is reused for a minute, then refreshed on use. */
const FRESH_MS = 60_000;

/** Pending, answered or failed (as the pages test it: isPending, then isError, then data). */
export type ReadState<T> =
  | { data: undefined; error: undefined; isPending: true; isSuccess: false; isError: false }
  | { data: T; error: undefined; isPending: false; isSuccess: true; isError: false }
  | { data: undefined; error: ReadError; isPending: false; isSuccess: false; isError: true };

interface Entry {
  state: ReadState<unknown>;
  at: number;
  loading: boolean;
}

const PENDING: ReadState<unknown> = {
  data: undefined,
  error: undefined,
  isPending: true,
  isSuccess: false,
  isError: false,
};

export class ReadStore {
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Set<() => void>();
  readonly #missed = new Set<string>();

  /** Answers already known (inlined by the server), keyed by their URL. */
  seed(answers: Record<string, unknown>): void {
    for (const [url, data] of Object.entries(answers)) this.#set(url, success(data));
  }

  state(url: string): ReadState<unknown> {
    const entry = this.#entries.get(url);
    if (!entry) this.#missed.add(url);
    return entry?.state ?? PENDING;
  }

  /** Reads asked for that were neither seeded nor loaded (a server render should have none). */
  misses(): string[] {
    return [...this.#missed];
  }

  /** Starts a fetch unless a fresh answer (or one on the way) is there. */
  load(url: string): void {
    const entry = this.#entries.get(url);
    if (entry && (entry.loading || (entry.state.isSuccess && Date.now() - entry.at < FRESH_MS)))
      return;
    const keep = entry?.state ?? PENDING;
    this.#entries.set(url, { state: keep, at: entry?.at ?? 0, loading: true });
    // one retry, for network and server failures only: a missing program stays missing
    fetchRead(url)
      .catch((error: ReadError) =>
        error.httpStatus > 0 && error.httpStatus < 500 ? Promise.reject(error) : fetchRead(url),
      )
      .then(
        (data) => this.#set(url, success(data)),
        (error: ReadError) =>
          this.#set(url, {
            data: undefined,
            error,
            isPending: false,
            isSuccess: false,
            isError: true,
          }),
      );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #set(url: string, state: ReadState<unknown>): void {
    this.#entries.set(url, { state, at: Date.now(), loading: false });
    for (const listener of this.#listeners) listener();
  }
}

function success(data: unknown): ReadState<unknown> {
  return { data, error: undefined, isPending: false, isSuccess: true, isError: false };
}

const StoreContext = createContext<ReadStore | null>(null);
export const ReadStoreProvider = StoreContext.Provider;

function useStore(): ReadStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("ReadStoreProvider missing");
  return store;
}

/** One public read: the answer once known, refetched when older than a minute. */
export function useRead<P extends ReadPath>(
  path: P,
  input: ReadInput<P>,
  options: { enabled?: boolean } = {},
): ReadState<ReadOutput<P>> {
  const reads = useReads(path, options.enabled === false ? [] : [input]);
  return (reads[0] ?? PENDING) as ReadState<ReadOutput<P>>;
}

/** Several reads of one procedure (a program document per card); one state per input. */
export function useReads<P extends ReadPath>(
  path: P,
  inputs: readonly ReadInput<P>[],
): ReadState<ReadOutput<P>>[] {
  const store = useStore();
  const urls = inputs.map((input) => readUrl(path, input));
  const key = urls.join("\n");
  // the states' identities change only when one of them does (so memos downstream hold)
  const snapshot = useSyncExternalStore(
    store.subscribe,
    () => statesOf(store, key),
    () => statesOf(store, key),
  );
  useEffect(() => {
    if (key) for (const url of key.split("\n")) store.load(url);
  }, [store, key]);
  return useMemo(() => snapshot as ReadState<ReadOutput<P>>[], [snapshot]);
}

// useSyncExternalStore needs a stable snapshot: the same array while no state changed
const lastStates = new WeakMap<
  ReadStore,
  Map<string, { urls: string[]; states: ReadState<unknown>[] }>
>();
function statesOf(store: ReadStore, key: string): ReadState<unknown>[] {
  let cache = lastStates.get(store);
  if (!cache) {
    cache = new Map();
    lastStates.set(store, cache);
  }
  let last = cache.get(key);
  if (!last) {
    if (cache.size > 500) cache.clear();
    last = { urls: key ? key.split("\n") : [], states: [] };
    cache.set(key, last);
  }
  const { urls, states } = last;
  if (states.length === urls.length && urls.every((url, i) => store.state(url) === states[i]))
    return states;
  last.states = urls.map((url) => store.state(url));
  return last.states;
}
