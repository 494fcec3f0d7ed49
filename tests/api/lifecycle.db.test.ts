import { appCodeOf } from "@jiangce/api";
import { contentHash, type Dialect, isImmutableRecordError, VERSION_STATES } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRANSITIONS } from "../../packages/api/src/services/program/lifecycle.ts";
import {
  Client,
  createUser,
  failureOf,
  freshDb,
  sessionFor,
  stopPostgres,
  type TestDb,
} from "./support/harness.ts";
import { draftProgram, validDocument } from "./support/programs.ts";

const D = "420112";
const ACTIONS = ["submit", "withdraw", "return", "approve", "publish", "expire"] as const;
type Action = (typeof ACTIONS)[number];
type State = (typeof VERSION_STATES)[number];

/** The lifecycle as the issue states it; the service's table must be exactly this. */
const LEGAL: Record<string, State> = {
  "draft:submit": "in_review",
  "returned:submit": "in_review",
  "in_review:withdraw": "draft",
  "in_review:return": "returned",
  "in_review:approve": "approved",
  "approved:return": "returned",
  "approved:publish": "published",
  "published:expire": "expired",
};

afterAll(() => stopPostgres());

describe.each(["sqlite", "postgresql"] as Dialect[])("on %s", (dialect) => {
  let t: TestDb;
  let op: Client; // drafter + reviewer + publisher of D
  let anonymous: Client;

  beforeAll(async () => {
    t = await freshDb(dialect);
    const user = await createUser(t.db, "op", [
      [D, "drafter"],
      [D, "reviewer"],
      [D, "publisher"],
    ]);
    op = await sessionFor(t.db, user.id);
    anonymous = new Client(t.db);
    // one operator walks every transition: the district relaxes separation of duties (its rules
    // are tested in tests/security/break-09-separation-of-duties.db.test.ts)
    await t.db.districtSettings.create({
      data: { regionCode: D, allowSelfApproval: true, allowSelfPublish: true },
    });
  });
  afterAll(() => t.close());

  async function act(action: Action, versionId: string, revision: number) {
    return op.api.version[action]({ versionId, revision });
  }

  /** A version of a fresh program in the given state, and its revision. */
  async function versionIn(state: State) {
    const p = await draftProgram(op.api, D);
    let { versionId, revision } = p;
    const step = async (action: Action) => {
      revision = (await act(action, versionId, revision)).revision;
    };
    const publishNewVersion = async () => {
      const saved = await op.api.version.save({
        programId: p.programId,
        baseVersionId: versionId,
        baseRevision: revision,
        document: validDocument(D, "工匠培育方案", "第二版"),
      });
      for (const action of ["submit", "approve", "publish"] as const) {
        await act(
          action,
          saved.versionId,
          (await op.api.version.get({ versionId: saved.versionId })).revision,
        );
      }
    };
    if (state === "draft") return { ...p, versionId, revision };
    await step("submit");
    if (state === "in_review") return { ...p, versionId, revision };
    if (state === "returned") {
      await step("return");
      return { ...p, versionId, revision };
    }
    await step("approve");
    if (state === "approved") return { ...p, versionId, revision };
    await step("publish");
    if (state === "published") return { ...p, versionId, revision };
    if (state === "expired") {
      await step("expire");
      return { ...p, versionId, revision };
    }
    await publishNewVersion(); // superseded
    return { ...p, versionId, revision: (await op.api.version.get({ versionId })).revision };
  }

  it("the service's transition table is the documented lifecycle", () => {
    const table = Object.fromEntries(TRANSITIONS.map((tr) => [`${tr.from}:${tr.action}`, tr.to]));
    expect(table).toEqual(LEGAL);
  });

  const pairs = VERSION_STATES.flatMap((state) => ACTIONS.map((action) => ({ state, action })));
  it.each(pairs)("$state → $action", async ({ state, action }) => {
    const v = await versionIn(state);
    expect((await op.api.version.get({ versionId: v.versionId })).state).toBe(state);
    const auditBefore = await t.db.auditEntry.count({ where: { entityId: v.versionId } });
    const to = LEGAL[`${state}:${action}`];
    if (to) {
      const result = await act(action, v.versionId, v.revision);
      expect(result.state).toBe(to);
      expect((await op.api.version.get({ versionId: v.versionId })).state).toBe(to);
      expect(await t.db.auditEntry.count({ where: { entityId: v.versionId } })).toBe(
        auditBefore + 1,
      );
    } else {
      expect(await failureOf(act(action, v.versionId, v.revision))).toBe("ILLEGAL_TRANSITION");
      const after = await op.api.version.get({ versionId: v.versionId });
      expect(after).toMatchObject({ state, revision: v.revision });
      expect(await t.db.auditEntry.count({ where: { entityId: v.versionId } })).toBe(auditBefore);
    }
  });

  it("a transition with a stale revision is refused", async () => {
    const v = await versionIn("draft");
    expect(await failureOf(act("submit", v.versionId, v.revision + 1))).toBe("REVISION_CONFLICT");
  });

  it("published versions are immutable: in the service and in the database", async () => {
    const v = await versionIn("published");
    const before = await op.api.version.get({ versionId: v.versionId });
    expect(before.contentHash).toBe(contentHash(before.document));

    // naming a published version is refused
    expect(
      await failureOf(
        op.api.version.nameSnapshot({
          versionId: v.versionId,
          revision: v.revision,
          name: "送审稿",
        }),
      ),
    ).toBe("VERSION_IMMUTABLE");
    // saving on top of it starts version 2 and leaves version 1 as it was
    const saved = await op.api.version.save({
      programId: v.programId,
      baseVersionId: v.versionId,
      baseRevision: v.revision,
      document: validDocument(D, "改写", "改写"),
    });
    expect(saved).toMatchObject({ number: 2, created: true });
    const after = await op.api.version.get({ versionId: v.versionId });
    expect(after).toMatchObject({ state: "published", contentHash: before.contentHash });
    expect(after.document).toEqual(before.document);
    // the portal still serves version 1
    const page = await anonymous.api.portal.getProgram({ programId: v.programId });
    expect(page.version.number).toBe(1);

    // and the database itself refuses a direct change
    let error: unknown;
    try {
      await t.db.programVersion.update({
        where: { id: v.versionId },
        data: { document: { tampered: true } },
      });
    } catch (e) {
      error = e;
    }
    expect(isImmutableRecordError(error)).toBe(true);
  });

  it("versions in review cannot be edited", async () => {
    const v = await versionIn("in_review");
    expect(
      await failureOf(
        op.api.version.save({
          programId: v.programId,
          baseVersionId: v.versionId,
          baseRevision: v.revision,
          document: { title: "偷改" },
        }),
      ),
    ).toBe("VERSION_IMMUTABLE");
  });

  it("two saves from the same revision at once: one wins, the other gets a conflict", async () => {
    const v = await versionIn("draft");
    const save = (text: string) =>
      op.api.version.save({
        programId: v.programId,
        baseVersionId: v.versionId,
        baseRevision: v.revision,
        document: validDocument(D, "并发", text),
      });
    const results = await Promise.allSettled([save("甲"), save("乙"), save("丙")]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((r) => appCodeOf((r as PromiseRejectedResult).reason))).toEqual([
      "REVISION_CONFLICT",
      "REVISION_CONFLICT",
    ]);
    const stored = await op.api.version.get({ versionId: v.versionId });
    expect(stored.revision).toBe(v.revision + 1);
    expect(
      await t.db.auditEntry.count({ where: { entityId: v.versionId, action: "version.save" } }),
    ).toBe(1);
  });

  it("two saves starting the next version at once: one creates it, the other gets a conflict", async () => {
    const v = await versionIn("published");
    const save = (text: string) =>
      op.api.version.save({
        programId: v.programId,
        baseVersionId: v.versionId,
        baseRevision: v.revision,
        document: validDocument(D, "下一版", text),
      });
    const results = await Promise.allSettled([save("甲"), save("乙")]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .map((r) => appCodeOf((r as PromiseRejectedResult).reason)),
    ).toEqual(["REVISION_CONFLICT"]);
    const program = await op.api.program.get({ programId: v.programId });
    expect(program.versions.map((x) => [x.number, x.state])).toEqual([
      [2, "draft"],
      [1, "published"],
    ]);
  });

  it("publishing is atomic for concurrent portal readers", async () => {
    const v1 = await versionIn("published");
    const first = await anonymous.api.portal.getProgram({ programId: v1.programId });
    const saved = await op.api.version.save({
      programId: v1.programId,
      baseVersionId: v1.versionId,
      baseRevision: v1.revision,
      document: validDocument(D, "新标题", "新内容"),
    });
    const s = await act("submit", saved.versionId, saved.revision);
    const a = await act("approve", saved.versionId, s.revision);

    const seen: { number: number; title: string; hash: string | null; docHash: string }[] = [];
    const listed: { number: number; title: string; hash: string | null }[] = [];
    let publishing = true;
    const reader = async () => {
      while (publishing) {
        const page = await anonymous.api.portal.getProgram({ programId: v1.programId });
        seen.push({
          number: page.version.number,
          title: page.title,
          hash: page.contentHash,
          docHash: contentHash(page.document),
        });
        const entry = (await anonymous.api.portal.listPrograms({ regionCode: D })).find(
          (e) => e.programId === v1.programId,
        );
        if (entry)
          listed.push({
            number: entry.version.number,
            title: entry.title,
            hash: entry.version.contentHash,
          });
        const live = await t.db.programVersion.count({
          where: { programId: v1.programId, state: "published" },
        });
        expect(live).toBeLessThanOrEqual(1);
        // Queries on the embedded driver resolve as microtasks; yield so timers (and the
        // publish below) get their turn, as they would between real HTTP requests.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const readers = [reader(), reader(), reader()];
    await new Promise((resolve) => setTimeout(resolve, 30));
    const published = await act("publish", saved.versionId, a.revision);
    await new Promise((resolve) => setTimeout(resolve, 30));
    publishing = false;
    await Promise.all(readers);

    const expectedFor = (n: number) =>
      n === 1
        ? { title: first.title, hash: first.contentHash }
        : { title: "新标题", hash: published.contentHash };
    expect(seen.length).toBeGreaterThan(3);
    for (const r of seen) {
      expect([1, 2]).toContain(r.number);
      expect(r.hash).toBe(r.docHash); // document and hash always from the same version
      expect({ title: r.title, hash: r.hash }).toEqual(expectedFor(r.number));
    }
    for (const r of listed) expect({ title: r.title, hash: r.hash }).toEqual(expectedFor(r.number));
    // once publish returned, everyone reads the new version
    const after = await anonymous.api.portal.getProgram({ programId: v1.programId });
    expect(after.version.number).toBe(2);
    expect((await op.api.version.get({ versionId: v1.versionId })).state).toBe("superseded");
  });

  it("two publishers publishing at once: exactly one publish happens", async () => {
    const v = await versionIn("approved");
    const results = await Promise.allSettled([
      act("publish", v.versionId, v.revision),
      act("publish", v.versionId, v.revision),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await t.db.auditEntry.count({ where: { entityId: v.versionId, action: "version.publish" } }),
    ).toBe(1);
  });
});
