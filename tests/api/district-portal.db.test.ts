// A district's portal presentation: its admins change it (audited), anyone reads it through
// the portal router, nobody else changes it, and what is stored is checked.
import { portalEpoch } from "@jiangce/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Client,
  createUser,
  failureOf,
  freshDb,
  sessionFor,
  type TestDb,
} from "./support/harness.ts";
import { draftProgram } from "./support/programs.ts";

const D = "420112";
const OTHER = "420200";

describe("district portal settings", () => {
  let t: TestDb;
  let admin: Client;
  let drafter: Client;
  let anonymous: Client;
  let programId: string;

  beforeAll(async () => {
    t = await freshDb();
    admin = await sessionFor(t.db, (await createUser(t.db, "admin", [[D, "admin"]])).id);
    const d = await createUser(t.db, "drafter", [[D, "drafter"]]);
    drafter = await sessionFor(t.db, d.id);
    anonymous = new Client(t.db);
    programId = (await draftProgram(drafter.api, D)).programId;
  });
  afterAll(() => t.close());

  it("reads as defaults before anyone set it", async () => {
    await expect(anonymous.api.portal.getSettings({ regionCode: D })).resolves.toEqual({
      regionCode: D,
      name: null,
      color: null,
      contact: null,
      notice: null,
      featured: [],
    });
  });

  it("lets the district's admin set it, keeps fields not given, and audits the change", async () => {
    await admin.api.districtSettings.updatePortal({
      regionCode: D,
      name: "东西湖工匠",
      color: "#1f6feb",
      contact: "区人社局 027-00000000",
      notice: "2026年度申报已开始",
      featured: [programId],
    });
    const after = await admin.api.districtSettings.updatePortal({ regionCode: D, notice: "" });
    expect(after).toMatchObject({ name: "东西湖工匠", color: "#1f6feb", notice: null });
    await expect(anonymous.api.portal.getSettings({ regionCode: D })).resolves.toMatchObject({
      name: "东西湖工匠",
      contact: "区人社局 027-00000000",
      notice: null,
      featured: [programId],
    });
    const entries = await t.db.auditEntry.findMany({
      where: { action: "districtSettings.updatePortal", entityId: D },
    });
    expect(entries).toHaveLength(2);
    // the separation-of-duties settings on the same row are untouched
    await expect(admin.api.districtSettings.get({ regionCode: D })).resolves.toMatchObject({
      allowSelfApproval: false,
      allowSelfPublish: false,
    });
  });

  it("drops the portal's cached answers and pages when it changes, as a publish does", async () => {
    const before = portalEpoch(t.db);
    await admin.api.districtSettings.updatePortal({ regionCode: D, notice: "申报截止12月31日" });
    expect(portalEpoch(t.db)).toBeGreaterThan(before);
    await admin.api.districtSettings.updatePortal({ regionCode: D, notice: null });
  });

  it("refuses a drafter, an admin of another district and an anonymous visitor", async () => {
    const otherAdmin = await sessionFor(
      t.db,
      (await createUser(t.db, "other", [[OTHER, "admin"]])).id,
    );
    for (const client of [drafter, otherAdmin])
      expect(
        await failureOf(client.api.districtSettings.updatePortal({ regionCode: D, notice: "x" })),
      ).toBe("FORBIDDEN");
    expect(
      await failureOf(anonymous.api.districtSettings.updatePortal({ regionCode: D, notice: "x" })),
    ).toBe("UNAUTHENTICATED");
    await expect(anonymous.api.portal.getSettings({ regionCode: D })).resolves.toMatchObject({
      notice: null,
    });
  });

  it("refuses a colour that is not #rrggbb and featured programs that do not exist", async () => {
    await expect(
      admin.api.districtSettings.updatePortal({ regionCode: D, color: "red" }),
    ).rejects.toThrow(/颜色/);
    expect(
      await failureOf(
        admin.api.districtSettings.updatePortal({ regionCode: D, featured: ["no-such-program"] }),
      ),
    ).toBe("INPUT_INVALID");
  });
});
