import type { Dialect } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Client,
  createUser,
  freshDb,
  signedIn,
  stopPostgres,
  type TestDb,
} from "./support/harness.ts";
import { validDocument } from "./support/programs.ts";

const D = "420112";
afterAll(() => stopPostgres());

/** A program valid to the last day of 2030, published by three distinct people. */
async function published(t: TestDb, slug: string) {
  const drafter = await signedIn(t.db, "drafter");
  const reviewer = await signedIn(t.db, "reviewer");
  const publisher = await signedIn(t.db, "publisher");
  const document = {
    ...validDocument(D, "限期方案"),
    validity: {
      issued: "2024-03-01",
      effective: { from: "issue" },
      expiry: { kind: "last-day", date: "2030-12-31" },
      text: "有效期至2030年12月31日。",
    },
  };
  const p = await drafter.api.program.create({ regionCode: D, slug, title: "限期方案", document });
  const s = await drafter.api.version.submit({ versionId: p.versionId, revision: p.revision });
  const a = await reviewer.api.version.approve({ versionId: p.versionId, revision: s.revision });
  await publisher.api.version.publish({ versionId: p.versionId, revision: a.revision });
  return p;
}

describe.each(["sqlite", "postgresql"] as Dialect[])("date-driven expiry on %s", (dialect) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb(dialect);
    await createUser(t.db, "drafter", [[D, "drafter"]]);
    await createUser(t.db, "reviewer", [[D, "reviewer"]]);
    await createUser(t.db, "publisher", [[D, "publisher"]]);
  });
  afterAll(() => t.close());

  it("keeps a version through its last day (China time) and expires it the day after, once", async () => {
    const { expireLapsedVersions } = await import("@jiangce/api");
    const p = await published(t, `expiry-${dialect}`);
    const portal = new Client(t.db).api;
    const listed = async (withArchived?: boolean) =>
      (await portal.portal.listPrograms({ regionCode: D, withArchived })).find(
        (e) => e.programId === p.programId,
      );
    expect((await listed())?.archived).toBe(false);

    // 2030-12-31 23:30 in China is still the last day
    expect(await expireLapsedVersions(t.db, new Date("2030-12-31T15:30:00Z"))).toEqual([]);
    // 2031-01-01 00:30 in China: two processes check at the same moment; one of them expires it
    const now = new Date("2030-12-31T16:30:00Z");
    const [a, b] = await Promise.all([
      expireLapsedVersions(t.db, now),
      expireLapsedVersions(t.db, now),
    ]);
    expect([...a, ...b]).toEqual([p.versionId]);

    const version = await t.db.programVersion.findUniqueOrThrow({ where: { id: p.versionId } });
    expect(version.state).toBe("expired");
    const entries = await t.db.auditEntry.findMany({
      where: { entityId: p.versionId, action: "version.expire" },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actorId).toBeNull();
    expect(JSON.stringify(entries[0]?.detail)).toContain("2030-12-31");
    // gone from the programs in force (the roster's, the editor's) ...
    expect(await listed()).toBeUndefined();
    // ... still on the portal, as an archive readable in full (never live again by itself)
    const archived = await listed(true);
    expect(archived?.archived).toBe(true);
    expect(archived?.version.id).toBe(p.versionId);
    // the list carries what a program card shows, without the document
    expect(archived?.summary?.validity?.text).toBe("有效期至2030年12月31日。");
    expect(archived?.summary?.clauses).toBeGreaterThan(0);
    const page = await portal.portal.getProgram({ programId: p.programId });
    expect(page.archived).toBe(true);
    expect(page.version.id).toBe(p.versionId);
    expect(JSON.stringify(page.document)).toContain("有效期至2030年12月31日");
    // nothing left to do on the next check
    expect(await expireLapsedVersions(t.db, new Date("2031-06-01T00:00:00Z"))).toEqual([]);
  });

  it("shows only the newer version once a program expired by date is published again", async () => {
    const { expireLapsedVersions } = await import("@jiangce/api");
    const p = await published(t, `renewed-${dialect}`);
    await expireLapsedVersions(t.db, new Date("2031-01-02T00:00:00Z"));
    const portal = new Client(t.db).api;
    expect((await portal.portal.getProgram({ programId: p.programId })).archived).toBe(true);

    const drafter = await signedIn(t.db, "drafter");
    const reviewer = await signedIn(t.db, "reviewer");
    const publisher = await signedIn(t.db, "publisher");
    const expired = await t.db.programVersion.findUniqueOrThrow({ where: { id: p.versionId } });
    const document = {
      ...validDocument(D, "限期方案（续）"),
      validity: {
        issued: "2031-01-05",
        effective: { from: "issue" },
        expiry: { kind: "last-day", date: "2035-12-31" },
        text: "有效期至2035年12月31日。",
      },
    };
    const v2 = await drafter.api.version.save({
      programId: p.programId,
      baseVersionId: expired.id,
      baseRevision: expired.revision,
      document,
    });
    const s = await drafter.api.version.submit({ versionId: v2.versionId, revision: v2.revision });
    const a = await reviewer.api.version.approve({ versionId: v2.versionId, revision: s.revision });
    await publisher.api.version.publish({ versionId: v2.versionId, revision: a.revision });

    const entries = (
      await portal.portal.listPrograms({ regionCode: D, withArchived: true })
    ).filter((e) => e.programId === p.programId);
    expect(entries.map((e) => [e.version.id, e.archived])).toEqual([[v2.versionId, false]]);
    const page = await portal.portal.getProgram({ programId: p.programId });
    expect(page.archived).toBe(false);
    expect(JSON.stringify(page.document)).toContain("有效期至2035年12月31日");
  });
});
