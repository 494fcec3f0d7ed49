// The closed vocabularies stored in String columns (shared by both dialects), with the words
// users read for them. Services validate against these; the database triggers rely on the
// version states spelled exactly like this. Pure data: the apps import it at run time through
// `@jiangce/db/vocabulary` (no database client comes with it).

export const REGION_LEVELS = ["province", "city", "district"] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const ROLES = ["drafter", "reviewer", "publisher", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  drafter: "起草人",
  reviewer: "审核人",
  publisher: "发布人",
  admin: "管理员",
};

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

export const VERSION_STATE_LABELS: Record<VersionState, string> = {
  draft: "草稿",
  in_review: "审核中",
  returned: "已退回修改",
  approved: "已审核通过",
  published: "已发布",
  expired: "已失效",
  superseded: "已被替代",
};

/** States of a version that has been published: its document and hash can never change again. */
export const FROZEN_VERSION_STATES = ["published", "expired", "superseded"] as const;
export type FrozenVersionState = (typeof FROZEN_VERSION_STATES)[number];

/** Names a drafter gives a frozen draft (the stages of rule-schema's `stageLabels` before final). */
export const DRAFT_SNAPSHOT_NAMES = ["征求意见稿", "送审稿"] as const;
/** Every snapshot name; 正式稿 is given by publishing. */
export const SNAPSHOT_NAMES = [...DRAFT_SNAPSHOT_NAMES, "正式稿"] as const;
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
