import { type Role, VERSION_STATE_LABELS, type VersionState } from "@jiangce/db/vocabulary";

export const VERSION_ACTIONS = [
  "submit",
  "withdraw",
  "return",
  "approve",
  "publish",
  "expire",
] as const;
export type VersionAction = (typeof VERSION_ACTIONS)[number];

export interface Transition {
  from: VersionState;
  action: VersionAction;
  to: VersionState;
  /** who may take it, in the program's own district */
  roles: readonly Role[];
  /** the document must pass the rule schema (drafts may be incomplete until then) */
  validates: boolean;
}

/**
 * The lifecycle of a program version: the only transitions users can take. Anything not listed
 * is refused (ILLEGAL_TRANSITION); the service applies exactly these rows.
 *
 *   draft ──submit──▶ in_review ──approve──▶ approved ──publish──▶ published ──expire──▶ expired
 *     ▲                 │   │                  │                      │
 *     └────withdraw─────┘   └──return──▶ returned ◀──return───────────┘ (from approved)
 *                                         │
 *                                         └──submit──▶ in_review
 *
 * Two more moves are made by the system, never requested: publishing a version marks the
 * previously published one `superseded`; continuing to edit after a named snapshot marks the
 * frozen snapshot `superseded` by the new draft (see SYSTEM_TRANSITIONS).
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: "draft", action: "submit", to: "in_review", roles: ["drafter"], validates: true },
  { from: "returned", action: "submit", to: "in_review", roles: ["drafter"], validates: true },
  { from: "in_review", action: "withdraw", to: "draft", roles: ["drafter"], validates: false },
  { from: "in_review", action: "return", to: "returned", roles: ["reviewer"], validates: false },
  { from: "in_review", action: "approve", to: "approved", roles: ["reviewer"], validates: true },
  {
    from: "approved",
    action: "return",
    to: "returned",
    roles: ["reviewer", "publisher"],
    validates: false,
  },
  { from: "approved", action: "publish", to: "published", roles: ["publisher"], validates: true },
  { from: "published", action: "expire", to: "expired", roles: ["publisher"], validates: false },
];

export const SYSTEM_TRANSITIONS: readonly { from: VersionState; to: VersionState; why: string }[] =
  [
    { from: "published", to: "superseded", why: "a newer version of the program was published" },
    { from: "draft", to: "superseded", why: "a new draft continued from this named snapshot" },
    { from: "returned", to: "superseded", why: "a new draft continued from this named snapshot" },
  ];

export function findTransition(from: string, action: VersionAction): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.action === action);
}

/** Everyone who may take an action from some state (the first, state-independent role check). */
export function rolesFor(action: VersionAction): Role[] {
  return [...new Set(TRANSITIONS.filter((t) => t.action === action).flatMap((t) => t.roles))];
}

/** Draft states: the drafter's working copy (a named snapshot among them is frozen). */
export const EDITABLE_STATES: readonly VersionState[] = ["draft", "returned"];

/** Whether a version is in a draft state (draft, or returned for changes). */
export function isDraftState(state: string): boolean {
  return (EDITABLE_STATES as readonly string[]).includes(state);
}

/** Whether a save may overwrite this version: a draft state, not named as a snapshot. */
export function isEditableInPlace(version: {
  state: string;
  snapshotName: string | null;
}): boolean {
  return isDraftState(version.state) && !version.snapshotName;
}

/** The state as users read it ("审核中"); an unknown state is shown as stored. */
export function versionStateLabel(state: string): string {
  return VERSION_STATE_LABELS[state as VersionState] ?? state;
}

export const ACTION_LABELS: Record<VersionAction, string> = {
  submit: "送审",
  withdraw: "撤回",
  return: "退回修改",
  approve: "审核通过",
  publish: "发布",
  expire: "废止",
};

/** The other entries of a version's audit trail, as users read them. */
export const TRAIL_LABELS: Record<string, string> = {
  "version.save": "保存",
  "version.nameSnapshot": "命名快照",
  "version.contentMismatch": "内容与送审时不符，已拒绝",
  "seed.program.publish": "发布（初始数据）",
};

/** "version.approve" → 审核通过, "version.save" → 保存; an unknown entry shows as stored. */
export function trailActionLabel(action: string): string {
  const name = action.replace(/^version\./u, "");
  return (ACTION_LABELS as Record<string, string>)[name] ?? TRAIL_LABELS[action] ?? action;
}
