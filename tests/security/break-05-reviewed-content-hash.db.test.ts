import { contentHash, type Dialect } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Client,
  createUser,
  failureOf,
  freshDb,
  signedIn,
  stopPostgres,
  type TestDb,
} from "../api/support/harness.ts";
import { draftProgram, validDocument } from "../api/support/programs.ts";

/**
 * Break 5: the content hash frozen at submit was never compared, so a document changed in the
 * database after review was published as is. Now approve and publish recompute the hash of what
 * is stored and refuse (audited) when it is not what was submitted.
 */
const D = "420112";
afterAll(() => stopPostgres());

describe.each(["sqlite", "postgresql"] as Dialect[])(
  "break 5 on %s: reviewed content cannot change before approval or publishing",
  (dialect) => {
    let t: TestDb;
    let drafter: Client;
    let reviewer: Client;
    let publisher: Client;

    beforeAll(async () => {
      t = await freshDb(dialect);
      await createUser(t.db, "drafter", [[D, "drafter"]]);
      await createUser(t.db, "reviewer", [[D, "reviewer"]]);
      await createUser(t.db, "publisher", [[D, "publisher"]]);
      drafter = await signedIn(t.db, "drafter");
      reviewer = await signedIn(t.db, "reviewer");
      publisher = await signedIn(t.db, "publisher");
    });
    afterAll(() => t.close());

    /** What an attacker with database access (or a buggy script) does behind the workflow's back. */
    async function tamper(versionId: string) {
      const forged = validDocument(D, "工匠培育方案", "另加奖励一百万元。");
      await t.db.programVersion.update({ where: { id: versionId }, data: { document: forged } });
      return forged;
    }

    async function refusals(versionId: string) {
      return t.db.auditEntry.findMany({
        where: { entityId: versionId, action: "version.contentMismatch" },
      });
    }

    it("approve refuses a document changed after submission, and records the refusal", async () => {
      const p = await draftProgram(drafter.api, D);
      const submitted = await drafter.api.version.submit({
        versionId: p.versionId,
        revision: p.revision,
      });
      const forged = await tamper(p.versionId);

      const code = await failureOf(
        reviewer.api.version.approve({ versionId: p.versionId, revision: submitted.revision }),
      );
      expect(code).toBe("CONTENT_CHANGED");
      const version = await t.db.programVersion.findUniqueOrThrow({ where: { id: p.versionId } });
      expect(version.state).toBe("in_review");

      const [entry, ...more] = await refusals(p.versionId);
      expect(more).toHaveLength(0);
      expect(entry?.regionCode).toBe(D);
      expect(entry?.detail).toMatchObject({
        attemptedAction: "approve",
        frozenHash: submitted.contentHash,
        storedHash: contentHash(forged),
      });
      // the district sees it in its audit log
      const log = await reviewer.api.audit.list({ regionCode: D, entityId: p.versionId });
      expect(log.entries.map((e) => e.action)).toContain("version.contentMismatch");
    });

    it("publish refuses a document changed after approval; the portal keeps serving nothing new", async () => {
      const p = await draftProgram(drafter.api, D);
      const submitted = await drafter.api.version.submit({
        versionId: p.versionId,
        revision: p.revision,
      });
      const approved = await reviewer.api.version.approve({
        versionId: p.versionId,
        revision: submitted.revision,
      });
      await tamper(p.versionId);

      const code = await failureOf(
        publisher.api.version.publish({ versionId: p.versionId, revision: approved.revision }),
      );
      expect(code).toBe("CONTENT_CHANGED");
      const program = await t.db.program.findUniqueOrThrow({ where: { id: p.programId } });
      expect(program.publishedVersionId).toBeNull();
      expect(await failureOf(publisher.api.portal.getProgram({ programId: p.programId }))).toBe(
        "NOT_FOUND",
      );
      const [entry] = await refusals(p.versionId);
      expect(entry?.detail).toMatchObject({ attemptedAction: "publish" });
      expect(entry?.actorId).toBe((await publisher.api.auth.me())?.user.id);
    });

    it("after a refusal the version is returned, checked, saved as a new version and reviewed", async () => {
      const p = await draftProgram(drafter.api, D);
      const submitted = await drafter.api.version.submit({
        versionId: p.versionId,
        revision: p.revision,
      });
      await tamper(p.versionId);
      await failureOf(
        reviewer.api.version.approve({ versionId: p.versionId, revision: submitted.revision }),
      );
      const returned = await reviewer.api.version.return({
        versionId: p.versionId,
        revision: submitted.revision,
        note: "内容与送审稿不符",
      });
      // resubmitting the altered version as is stays refused
      expect(
        await failureOf(
          drafter.api.version.submit({ versionId: p.versionId, revision: returned.revision }),
        ),
      ).toBe("CONTENT_CHANGED");
      const checked = await drafter.api.version.save({
        programId: p.programId,
        baseVersionId: p.versionId,
        baseRevision: returned.revision,
        document: validDocument(D),
      });
      expect(checked.created).toBe(true);
      const again = await drafter.api.version.submit({
        versionId: checked.versionId,
        revision: checked.revision,
      });
      const approved = await reviewer.api.version.approve({
        versionId: checked.versionId,
        revision: again.revision,
      });
      expect(approved.state).toBe("approved");
    });

    it("a forger who also rewrites the stored hash is caught by the hash the audit log kept", async () => {
      const p = await draftProgram(drafter.api, D);
      const submitted = await drafter.api.version.submit({
        versionId: p.versionId,
        revision: p.revision,
      });
      const forged = await tamper(p.versionId);
      await t.db.programVersion.update({
        where: { id: p.versionId },
        data: { contentHash: contentHash(forged) },
      });
      const code = await failureOf(
        reviewer.api.version.approve({ versionId: p.versionId, revision: submitted.revision }),
      );
      expect(code).toBe("CONTENT_CHANGED");
      expect(await refusals(p.versionId)).toHaveLength(1);
    });

    it("an untouched version still goes through, published with the hash frozen at submit", async () => {
      const p = await draftProgram(drafter.api, D);
      const submitted = await drafter.api.version.submit({
        versionId: p.versionId,
        revision: p.revision,
      });
      const approved = await reviewer.api.version.approve({
        versionId: p.versionId,
        revision: submitted.revision,
      });
      const published = await publisher.api.version.publish({
        versionId: p.versionId,
        revision: approved.revision,
      });
      expect(published.contentHash).toBe(submitted.contentHash);
      expect(await refusals(p.versionId)).toHaveLength(0);
    });
  },
);
