import type { Db } from "@jiangce/db";

/** How long a portal answer may be reused when no publish happened in this process. */
export const PORTAL_CACHE_TTL_MS = 1000;
const MAX_ENTRIES = 2000;

/**
 * Short-lived memo of portal answers (the public read path is the hot one). Each answer is a
 * consistent snapshot computed from one read of the publish pointers, so reuse never mixes
 * versions. A publish or expiry in this process invalidates at once (bumping the epoch, so an
 * answer computed before the switch is never stored after it); another process's publish shows
 * within the TTL. Concurrent misses for one key share one computation. Failures are not kept.
 */
class PortalCache {
  #epoch = 0;
  readonly #entries = new Map<string, { at: number; epoch: number; value: Promise<unknown> }>();

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.epoch === this.#epoch && now - hit.at < PORTAL_CACHE_TTL_MS) {
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

export function portalCache(db: Db): PortalCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PortalCache();
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Bumped by every publish or expiry in this process. Layers that keep their own copy of portal
 * answers (the server's serialized-response cache) drop it when this changes, so they follow the
 * same rule as this memo: fresh at once after a local publish, within the TTL after a remote one.
 */
export function portalEpoch(db: Db): number {
  return portalCache(db).epoch;
}

/** Call after a commit that changes what the portal shows (publish, expire). */
export function invalidatePortal(db: Db): void {
  caches.get(db)?.invalidate();
}
