import type { Dialect } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createUser,
  failureOf,
  freshDb,
  signedIn,
  stopPostgres,
  type TestDb,
} from "./support/harness.ts";
import { draftProgram, validDocument } from "./support/programs.ts";

const D = "420112";
afterAll(() => stopPostgres());

describe.each(["sqlite", "postgresql"] as Dialect[])(
  "authoring, review and publishing on %s",
  (dialect) => {
    let t: TestDb;
    let drafter: Awaited<ReturnType<typeof signedIn>>;
    let drafter2: Awaited<ReturnType<typeof signedIn>>;
    let reviewer: Awaited<ReturnType<typeof signedIn>>;
    let publisher: Awaited<ReturnType<typeof signedIn>>;

    beforeAll(async () => {
      t = await freshDb(dialect);
      await createUser(t.db, "drafter", [[D, "drafter"]]);
      await createUser(t.db, "drafter2", [[D, "drafter"]]);
      await createUser(t.db, "reviewer", [[D, "reviewer"]]);
      await createUser(t.db, "publisher", [[D, "publisher"]]);
      drafter = await signedIn(t.db, "drafter");
      drafter2 = await signedIn(t.db, "drafter2");
      reviewer = await signedIn(t.db, "reviewer");
      publisher = await signedIn(t.db, "publisher");
    });
    afterAll(() => t.close());

    it("a stale save is refused with the server's current version and writes nothing", async () => {
      const p = await draftProgram(drafter.api, D);
      const first = await drafter.api.version.save({
        programId: p.programId,
        baseVersionId: p.versionId,
        baseRevision: p.revision,
        document: validDocument(D, "工匠培育方案", "甲的修改"),
      });
      expect(first).toMatchObject({ versionId: p.versionId, revision: 2, created: false });

      // drafter2 still holds revision 1
      let error: unknown;
      try {
        await drafter2.api.version.save({
          programId: p.programId,
          baseVersionId: p.versionId,
          baseRevision: 1,
          document: validDocument(D, "工匠培育方案", "乙的修改"),
        });
      } catch (e) {
        error = e;
      }
      const { appCodeOf } = await import("@jiangce/api");
      expect(appCodeOf(error)).toBe("REVISION_CONFLICT");
      const details = (error as { details: { current: Record<string, unknown> } }).details;
      expect(details.current).toMatchObject({ versionId: p.versionId, revision: 2 });
      expect(JSON.stringify(details.current.document)).toContain("甲的修改");
      expect(details.current.lastChangedBy).toMatchObject({ displayName: "drafter" });

      const stored = await drafter.api.version.get({ versionId: p.versionId });
      expect(JSON.stringify(stored.document)).toContain("甲的修改");
      expect(JSON.stringify(stored.document)).not.toContain("乙的修改");
      expect(stored.revision).toBe(2);

      // after merging, drafter2 saves on top of revision 2
      const merged = await drafter2.api.version.save({
        programId: p.programId,
        baseVersionId: p.versionId,
        baseRevision: 2,
        document: validDocument(D, "工匠培育方案", "甲的修改；乙的修改"),
      });
      expect(merged.revision).toBe(3);
    });

    it("drafts may be incomplete, but only valid programs enter review", async () => {
      const created = await drafter.api.program.create({
        regionCode: D,
        slug: "half",
        title: "半成品",
      });
      const saved = await drafter.api.version.save({
        programId: created.programId,
        baseVersionId: created.versionId,
        baseRevision: 1,
        document: { title: "半成品", clauses: [{ id: "c1" }] },
      });
      expect(saved.revision).toBe(2);
      expect(
        await failureOf(drafter.api.version.submit({ versionId: created.versionId, revision: 2 })),
      ).toBe("DOCUMENT_INVALID");
      const version = await drafter.api.version.get({ versionId: created.versionId });
      expect(version.state).toBe("draft");
    });

    it("a program issued by another district cannot be submitted", async () => {
      const created = await drafter.api.program.create({
        regionCode: D,
        slug: "wrong-issuer",
        title: "错误发文机关",
        document: validDocument("420102"),
      });
      expect(
        await failureOf(drafter.api.version.submit({ versionId: created.versionId, revision: 1 })),
      ).toBe("DOCUMENT_INVALID");
    });

    it("draft → 征求意见稿 → new draft → review → returned → resubmitted → approved → published", async () => {
      const p = await draftProgram(drafter.api, D, "东西湖区工匠方案");
      const named = await drafter.api.version.nameSnapshot({
        versionId: p.versionId,
        revision: p.revision,
        name: "征求意见稿",
      });
      expect(named.contentHash).toMatch(/^[0-9a-f]{64}$/);

      // editing after a named snapshot continues in version 2; the snapshot is kept, frozen
      const v2 = await drafter.api.version.save({
        programId: p.programId,
        baseVersionId: p.versionId,
        baseRevision: named.revision,
        document: validDocument(D, "东西湖区工匠方案", "吸收公众意见"),
      });
      expect(v2).toMatchObject({ number: 2, created: true, state: "draft" });
      const snapshot = await drafter.api.version.get({ versionId: p.versionId });
      expect(snapshot).toMatchObject({ state: "superseded", snapshotName: "征求意见稿" });
      expect(JSON.stringify(snapshot.document)).not.toContain("吸收公众意见");

      const submitted = await drafter.api.version.submit({
        versionId: v2.versionId,
        revision: v2.revision,
      });
      expect(submitted).toMatchObject({ state: "in_review", snapshotName: "送审稿" });
      // each role sees only the actions it may take now
      expect((await reviewer.api.version.get({ versionId: v2.versionId })).permissions).toEqual({
        actions: ["return", "approve"],
        canSave: false,
        canNameSnapshot: false,
        canComment: true,
      });
      expect(
        (await drafter.api.version.get({ versionId: v2.versionId })).permissions.actions,
      ).toEqual(["withdraw"]);
      expect(
        (await publisher.api.version.get({ versionId: v2.versionId })).permissions.actions,
      ).toEqual([]);
      expect(
        await failureOf(
          reviewer.api.comment.add({ versionId: v2.versionId, clauseId: "nope", body: "?" }),
        ),
      ).toBe("CLAUSE_NOT_FOUND");
      await reviewer.api.comment.add({
        versionId: v2.versionId,
        clauseId: "c1",
        body: "金额未写明",
      });
      const returned = await reviewer.api.version.return({
        versionId: v2.versionId,
        revision: submitted.revision,
        note: "请补充金额",
      });
      expect(returned.state).toBe("returned");

      const v3 = await drafter.api.version.save({
        programId: p.programId,
        baseVersionId: v2.versionId,
        baseRevision: returned.revision,
        document: validDocument(D, "东西湖区工匠方案", "奖励1万元"),
      });
      expect(v3).toMatchObject({ number: 3, created: true });
      // the reviewer sees what changed between the returned 送审稿 and the revision
      const diff = await reviewer.api.version.compare({
        fromVersionId: v2.versionId,
        toVersionId: v3.versionId,
      });
      expect(diff.from).toMatchObject({ number: 2, snapshotName: "送审稿" });
      expect(diff.clauses).toEqual([
        expect.objectContaining({
          clauseId: "c1",
          change: "changed",
          changedPaths: ["text"],
          textAfter: expect.stringContaining("奖励1万元"),
        }),
      ]);
      const comments = await drafter.api.comment.list({ versionId: v2.versionId });
      expect(comments).toHaveLength(1);
      const resolved = await drafter.api.comment.resolve({ commentId: comments[0]!.id });
      expect(resolved).toMatchObject({ clauseId: "c1", resolvedBy: { displayName: "drafter" } });
      expect(await failureOf(drafter.api.comment.resolve({ commentId: resolved.id }))).toBe(
        "ILLEGAL_TRANSITION",
      );

      const s3 = await drafter.api.version.submit({
        versionId: v3.versionId,
        revision: v3.revision,
      });
      const a3 = await reviewer.api.version.approve({
        versionId: v3.versionId,
        revision: s3.revision,
      });
      const published = await publisher.api.version.publish({
        versionId: v3.versionId,
        revision: a3.revision,
      });
      expect(published).toMatchObject({ state: "published", snapshotName: "正式稿" });

      const anonymous = new (await import("./support/harness.ts")).Client(t.db).api;
      const listed = await anonymous.portal.listPrograms({ regionCode: D });
      const entry = listed.find((e) => e.programId === p.programId);
      expect(entry).toMatchObject({ title: "东西湖区工匠方案", inherited: false });
      expect(entry?.version).toMatchObject({ number: 3, contentHash: published.contentHash });
      const page = await anonymous.portal.getProgram({ programId: p.programId });
      expect(JSON.stringify(page.document)).toContain("奖励1万元");
      const { contentHash } = await import("@jiangce/db");
      expect(page.contentHash).toBe(contentHash(page.document));

      // the city's portal does not list a district program; the district's lists the city's
      expect(
        (await anonymous.portal.listPrograms({ regionCode: "420100" })).some(
          (e) => e.programId === p.programId,
        ),
      ).toBe(false);
    });

    it("a failed mutation writes nothing: no half program, no audit entry", async () => {
      await drafter.api.program.create({ regionCode: D, slug: "twice", title: "第一次" });
      const counts = async () => ({
        programs: await t.db.program.count(),
        versions: await t.db.programVersion.count(),
        audit: await t.db.auditEntry.count(),
      });
      const before = await counts();
      expect(
        await failureOf(
          drafter.api.program.create({ regionCode: D, slug: "twice", title: "第二次" }),
        ),
      ).toBe("SLUG_TAKEN");
      expect(await counts()).toEqual(before);
    });

    it("the audit entry of a save says who changed what", async () => {
      const p = await draftProgram(drafter.api, D);
      const document = validDocument(D);
      document.clauses[1]!.text = "对新获评高级技师的，给予每人2000元补贴。";
      await drafter.api.version.save({
        programId: p.programId,
        baseVersionId: p.versionId,
        baseRevision: p.revision,
        document,
      });
      const { entries } = await drafter.api.audit.list({ regionCode: D, entityId: p.versionId });
      expect(entries[0]).toMatchObject({
        action: "version.save",
        actor: { username: "drafter" },
        detail: { fromRevision: 1, toRevision: 2, changedPaths: ["clauses.1.text"] },
      });
    });
  },
);
