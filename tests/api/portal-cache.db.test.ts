import { createDb, type Db } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createUser, freshDb, sessionFor, type TestDb } from "./support/harness.ts";
import { draftProgram, validDocument } from "./support/programs.ts";

// Two server processes on one embedded database: each memoises portal answers for at most 1 s,
// and a publish is visible at once in the process that made it.
const D = "420112";
let t: TestDb;
let other: Db;

beforeAll(async () => {
  t = await freshDb();
  other = createDb({ url: t.db.url });
  // one operator drafts, approves and publishes: the district relaxes separation of duties
  await t.db.districtSettings.create({
    data: { regionCode: D, allowSelfApproval: true, allowSelfPublish: true },
  });
});
afterAll(async () => {
  await other.$disconnect();
  await t.close();
});

async function publishNewVersion(db: Db, title: string) {
  const user = await createUser(db, `op-${Date.now()}`, [
    [D, "drafter"],
    [D, "reviewer"],
    [D, "publisher"],
  ]);
  const op = await sessionFor(db, user.id);
  const p = await draftProgram(op.api, D, title);
  const s = await op.api.version.submit({ versionId: p.versionId, revision: p.revision });
  const a = await op.api.version.approve({ versionId: p.versionId, revision: s.revision });
  await op.api.version.publish({ versionId: p.versionId, revision: a.revision });
  return { op, userId: user.id, programId: p.programId, versionId: p.versionId };
}

describe("portal answers across processes", () => {
  it("a publish in this process shows at once; one in another process within the 1 s memo", async () => {
    const here = new Client(t.db).api;
    const there = new Client(other).api;
    expect(await here.portal.listPrograms({ regionCode: D })).toEqual([]);
    expect(await there.portal.listPrograms({ regionCode: D })).toEqual([]);

    await publishNewVersion(t.db, "本进程发布");
    expect((await here.portal.listPrograms({ regionCode: D })).map((e) => e.title)).toEqual([
      "本进程发布",
    ]);
    // the other process may answer from its memo for up to a second, then sees it
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await there.portal.listPrograms({ regionCode: D })).map((e) => e.title)).toEqual([
      "本进程发布",
    ]);
  });

  it("a new version published elsewhere replaces the old one whole", async () => {
    const { op, userId, programId, versionId } = await publishNewVersion(t.db, "旧版");
    const here = new Client(t.db).api;
    expect((await here.portal.getProgram({ programId })).title).toBe("旧版");
    const version = await op.api.version.get({ versionId });
    // the same account, working through the other process
    const remote = await sessionFor(other, userId);
    const saved = await remote.api.version.save({
      programId,
      baseVersionId: versionId,
      baseRevision: version.revision,
      document: validDocument(D, "新版", "新内容"),
    });
    const s = await remote.api.version.submit({
      versionId: saved.versionId,
      revision: saved.revision,
    });
    const a = await remote.api.version.approve({
      versionId: saved.versionId,
      revision: s.revision,
    });
    await remote.api.version.publish({ versionId: saved.versionId, revision: a.revision });

    await new Promise((resolve) => setTimeout(resolve, 1100));
    const page = await here.portal.getProgram({ programId });
    expect(page.title).toBe("新版");
    expect(page.version.number).toBe(2);
    expect(JSON.stringify(page.document)).toContain("新内容");
  });
});
