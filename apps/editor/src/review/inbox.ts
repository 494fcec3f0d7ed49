// The back office's inboxes: which programs wait for the signed-in person, by role. Read from the
// state of each program's latest version, as the program list already has it.

export type InboxKey = "all" | "to-review" | "to-publish" | "returned-to-me";

export const INBOX_LABELS: Record<InboxKey, string> = {
  all: "全部方案",
  "to-review": "待我审核",
  "to-publish": "待我发布",
  "returned-to-me": "退回给我",
};

interface Row {
  latestVersion: { state: string; createdBy: { id: string } } | null;
}

/** The inboxes the person's roles in the district open (全部 always). */
export function inboxesFor(roles: readonly string[]): InboxKey[] {
  const keys: InboxKey[] = ["all"];
  if (roles.includes("reviewer")) keys.push("to-review");
  if (roles.includes("publisher")) keys.push("to-publish");
  if (roles.includes("drafter")) keys.push("returned-to-me");
  return keys;
}

export function inInbox(row: Row, inbox: InboxKey, userId: string | undefined): boolean {
  const v = row.latestVersion;
  if (inbox === "all") return true;
  if (!v) return false;
  if (inbox === "to-review") return v.state === "in_review";
  if (inbox === "to-publish") return v.state === "approved";
  return v.state === "returned" && v.createdBy.id === userId;
}
