import { randomUUID } from "node:crypto";
import { type Db, listenForNotifications, type NotificationListener, notify } from "@jiangce/db";

/** How long a portal answer may be reused when nothing tells this process about publishes. */
export const PORTAL_CACHE_TTL_MS = 1000;
/**
 * How long it may be reused while this process listens for publishes of every process
 * (PostgreSQL LISTEN): a publish anywhere drops it at once, so the TTL only bounds what a change
 * made behind the services' back (or a notification lost in a crash) can leave stale.
 */
export const PORTAL_CACHE_LISTENING_TTL_MS = 15_000;
/** The PostgreSQL channel a publish or expiry is announced on. */
export const PORTAL_CHANNEL = "jiangce_portal";
const MAX_ENTRIES = 2000;

/**
 * Short-lived memo of portal answers (the public read path is the hot one). Each answer is a
 * consistent snapshot computed from one read of the publish pointers, so reuse never mixes
 * versions. A publish or expiry invalidates at once (bumping the epoch, so an answer computed
 * before the switch is never stored after it): in this process directly, in the others through
 * the notification. Concurrent misses for one key share one computation. Failures are not kept.
 */
class PortalCache {
  #epoch = 0;
  readonly #entries = new Map<string, { at: number; epoch: number; value: Promise<unknown> }>();
  /** Set while a LISTEN connection is up: other processes' publishes reach us at once. */
  listener: NotificationListener | undefined;

  get ttlMs(): number {
    return this.listener?.listening ? PORTAL_CACHE_LISTENING_TTL_MS : PORTAL_CACHE_TTL_MS;
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.epoch === this.#epoch && now - hit.at < this.ttlMs) {
      return hit.value as Promise<T>;
    }
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    const value = compute();
    const entry = { at: now, epoch: this.#epoch, value };
    this.#entries.set(key, entry);
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return value;
  }

  invalidate(): void {
    this.#epoch += 1;
    this.#entries.clear();
  }

  get epoch(): number {
    return this.#epoch;
  }
}

const caches = new WeakMap<Db, PortalCache>();
/** Tells this process's own notifications apart from the others'. */
const processId = randomUUID();

export function portalCache(db: Db): PortalCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PortalCache();
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Bumped by every publish or expiry (of this process, or announced by another). Layers that keep
 * their own copy of portal answers (the server's serialized-response cache) drop it when this
 * changes and keep it no longer than `portalCacheTtlMs`, so they follow the same rule as this memo.
 */
export function portalEpoch(db: Db): number {
  return portalCache(db).epoch;
}

/** How long a portal answer may be reused right now (longer while listening for publishes). */
export function portalCacheTtlMs(db: Db): number {
  return portalCache(db).ttlMs;
}

/** Call after a commit that changes what the portal shows (publish, expire). */
export function invalidatePortal(db: Db): void {
  caches.get(db)?.invalidate();
  // other processes on the same PostgreSQL; if this fails they still follow within the short TTL
  // (their listener is healthy) or the long one (a lost notification)
  notify(db, PORTAL_CHANNEL, processId).catch(() => {});
}

/**
 * Several processes on one PostgreSQL: hear every process's publishes and drop this process's
 * portal answers at once. While the connection is down (and right after it comes back, since
 * notifications may have been missed) answers fall back to the short TTL. Undefined on SQLite
 * (one process). Close it on shutdown.
 */
export function listenForPortalChanges(db: Db): NotificationListener | undefined {
  const cache = portalCache(db);
  const listener = listenForNotifications(db, PORTAL_CHANNEL, {
    onNotify: (payload) => {
      if (payload !== processId) cache.invalidate();
    },
    onConnect: () => cache.invalidate(),
    onDisconnect: () => cache.invalidate(),
  });
  cache.listener = listener;
  return listener;
}
