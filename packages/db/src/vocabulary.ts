// The closed vocabularies stored in String columns (shared by both dialects). Services validate
// against these; the database triggers rely on the version states spelled exactly like this.

export const REGION_LEVELS = ["province", "city", "district"] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const ROLES = ["drafter", "reviewer", "publisher", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const VERSION_STATES = [
  "draft",
  "in_review",
  "returned",
  "approved",
  "published",
  "expired",
  "superseded",
] as const;
export type VersionState = (typeof VERSION_STATES)[number];

/** States of a version that has been published: its document and hash can never change again. */
export const FROZEN_VERSION_STATES = ["published", "expired", "superseded"] as const;
export type FrozenVersionState = (typeof FROZEN_VERSION_STATES)[number];

export const SNAPSHOT_NAMES = ["征求意见稿", "送审稿", "正式稿"] as const;
export type SnapshotName = (typeof SNAPSHOT_NAMES)[number];

/**
 * States of a roster run (免申即享). queued → running → done → confirmed | discarded;
 * failed and cancelled end a run early. Only `done` holds per-row results (on the server's
 * spool, never in the database); `confirmed` moves the kept rows into a RosterList.
 */
export const ROSTER_RUN_STATES = [
  "queued",
  "running",
  "done",
  "failed",
  "cancelled",
  "confirmed",
  "discarded",
] as const;
export type RosterRunState = (typeof ROSTER_RUN_STATES)[number];
