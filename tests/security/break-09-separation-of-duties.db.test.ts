import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Client,
  createUser,
  failureOf,
  freshDb,
  sessionFor,
  type TestDb,
} from "../api/support/harness.ts";
import { draftProgram, validDocument } from "../api/support/programs.ts";

/**
 * Break 9: an admin could grant itself drafter, reviewer and publisher and push a program live
 * alone. By default the approver of a version must not be anyone who saved it, and the publisher
 * must not be its only approver. A district may relax either rule in its settings (admins,
 * audited), and each approval or publication that relied on the relaxation says so in the audit.
 */
const D = "420112";
const SMALL = "420102"; // a small district that relaxes the rules
let t: TestDb;
const as: Record<string, Client> = {};

beforeAll(async () => {
  t = await freshDb();
  const people: Record<string, [string, "drafter" | "reviewer" | "publisher" | "admin"][]> = {
    admin: [[D, "admin"]],
    smallAdmin: [[SMALL, "admin"]],
    drafter: [[D, "drafter"]],
    reviewer: [[D, "reviewer"]],
    publisher: [[D, "publisher"]],
    reviewerPublisher: [
      [D, "reviewer"],
      [D, "publisher"],
    ],
    editingReviewer: [
      [D, "drafter"],
      [D, "reviewer"],
    ],
    solo: [
      [SMALL, "drafter"],
      [SMALL, "reviewer"],
      [SMALL, "publisher"],
    ],
  };
  for (const [name, memberships] of Object.entries(people)) {
    const user = await createUser(t.db, name, memberships);
    as[name] = await sessionFor(t.db, user.id);
  }
});
afterAll(() => t.close());

async function submitted(author: Client, region = D) {
  const p = await draftProgram(author.api, region);
  const s = await author.api.version.submit({ versionId: p.versionId, revision: p.revision });
  return { ...p, revision: s.revision };
}

describe("break 9: separation of duties between saving, approving and publishing", () => {
  it("an admin who grants itself every role still cannot approve its own version", async () => {
    const me = await as.admin!.api.auth.me();
    for (const role of ["drafter", "reviewer", "publisher"] as const) {
      await as.admin!.api.membership.grant({ userId: me!.user.id, regionCode: D, role });
    }
    const admin = await sessionFor(t.db, me!.user.id); // a fresh session sees the new roles
    const p = await submitted(admin);
    expect(
      await failureOf(admin.api.version.approve({ versionId: p.versionId, revision: p.revision })),
    ).toBe("SEPARATION_OF_DUTIES");
    const version = await t.db.programVersion.findUniqueOrThrow({ where: { id: p.versionId } });
    expect(version.state).toBe("in_review");
  });

  it("a reviewer who saved any revision of the version cannot approve it", async () => {
    const p = await draftProgram(as.drafter!.api, D);
    const saved = await as.editingReviewer!.api.version.save({
      programId: p.programId,
      baseVersionId: p.versionId,
      baseRevision: p.revision,
      document: validDocument(D, "工匠培育方案", "审核人顺手改的一句。"),
    });
    const s = await as.drafter!.api.version.submit({
      versionId: saved.versionId,
      revision: saved.revision,
    });
    expect(
      await failureOf(
        as.editingReviewer!.api.version.approve({ versionId: p.versionId, revision: s.revision }),
      ),
    ).toBe("SEPARATION_OF_DUTIES");
    // the editor is not offered a button that would be refused
    const view = await as.editingReviewer!.api.version.get({ versionId: p.versionId });
    expect(view.permissions.actions).toContain("return");
    expect(view.permissions.actions).not.toContain("approve");
    const other = await as.reviewer!.api.version.get({ versionId: p.versionId });
    expect(other.permissions.actions).toEqual(["return", "approve"]);
    // someone who never touched it may
    await as.reviewer!.api.version.approve({ versionId: p.versionId, revision: s.revision });
  });

  it("the only approver cannot also publish; another publisher can", async () => {
    const p = await submitted(as.drafter!);
    const approved = await as.reviewerPublisher!.api.version.approve({
      versionId: p.versionId,
      revision: p.revision,
    });
    expect(
      await failureOf(
        as.reviewerPublisher!.api.version.publish({
          versionId: p.versionId,
          revision: approved.revision,
        }),
      ),
    ).toBe("SEPARATION_OF_DUTIES");
    const published = await as.publisher!.api.version.publish({
      versionId: p.versionId,
      revision: approved.revision,
    });
    expect(published.state).toBe("published");
    const entry = await t.db.auditEntry.findFirstOrThrow({
      where: { entityId: p.versionId, action: "version.publish" },
    });
    expect(entry.detail).not.toHaveProperty("separationOfDuties");
  });

  it("a district admin may relax the rules for its district only, and that is audited", async () => {
    const before = await as.smallAdmin!.api.districtSettings.get({ regionCode: SMALL });
    expect(before).toMatchObject({ allowSelfApproval: false, allowSelfPublish: false });
    expect(
      await failureOf(
        as.admin!.api.districtSettings.update({ regionCode: SMALL, allowSelfApproval: true }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await failureOf(
        as.solo!.api.districtSettings.update({ regionCode: SMALL, allowSelfApproval: true }),
      ),
    ).toBe("FORBIDDEN");

    const updated = await as.smallAdmin!.api.districtSettings.update({
      regionCode: SMALL,
      allowSelfApproval: true,
      allowSelfPublish: true,
    });
    expect(updated).toMatchObject({ allowSelfApproval: true, allowSelfPublish: true });
    const change = await t.db.auditEntry.findFirstOrThrow({
      where: { action: "districtSettings.update", regionCode: SMALL },
    });
    expect(change.detail).toMatchObject({
      before: { allowSelfApproval: false, allowSelfPublish: false },
      after: { allowSelfApproval: true, allowSelfPublish: true },
    });
  });

  it("with the rules relaxed one person may approve and publish, and the audit shows it", async () => {
    const p = await submitted(as.solo!, SMALL);
    const approved = await as.solo!.api.version.approve({
      versionId: p.versionId,
      revision: p.revision,
    });
    await as.solo!.api.version.publish({ versionId: p.versionId, revision: approved.revision });
    const entries = await t.db.auditEntry.findMany({
      where: { entityId: p.versionId, action: { in: ["version.approve", "version.publish"] } },
    });
    const detail = (action: string) => entries.find((e) => e.action === action)?.detail;
    expect(detail("version.approve")).toMatchObject({
      separationOfDuties: { relaxed: "allowSelfApproval" },
    });
    expect(detail("version.publish")).toMatchObject({
      separationOfDuties: { relaxed: "allowSelfPublish" },
    });
  });
});
