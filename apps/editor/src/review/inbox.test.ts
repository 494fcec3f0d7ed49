import { describe, expect, it } from "vitest";
import { inboxesFor, inInbox } from "./inbox.ts";

const row = (state: string, by = "u1") => ({ latestVersion: { state, createdBy: { id: by } } });

describe("inboxes", () => {
  it("opens one inbox per role the person holds", () => {
    expect(inboxesFor(["reviewer"])).toEqual(["all", "to-review"]);
    expect(inboxesFor(["drafter", "publisher"])).toEqual(["all", "to-publish", "returned-to-me"]);
  });

  it("sorts programs by their latest version's state, returned ones only to their drafter", () => {
    expect(inInbox(row("in_review"), "to-review", "u1")).toBe(true);
    expect(inInbox(row("approved"), "to-review", "u1")).toBe(false);
    expect(inInbox(row("approved"), "to-publish", "u1")).toBe(true);
    expect(inInbox(row("returned", "u1"), "returned-to-me", "u1")).toBe(true);
    expect(inInbox(row("returned", "u2"), "returned-to-me", "u1")).toBe(false);
    expect(inInbox({ latestVersion: null }, "to-review", "u1")).toBe(false);
  });
});
