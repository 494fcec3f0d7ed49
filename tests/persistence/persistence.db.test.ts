// The persistence layer behaves the same on the embedded SQLite file and on PostgreSQL: the same
// suite runs against both, each test on a freshly migrated database.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  contentHash,
  createDb,
  type Db,
  type Dialect,
  isDatabaseRuleError,
  isImmutableRecordError,
  isUniqueViolation,
  listMigrations,
  MigrationChecksumError,
  migrate,
  type SeedProgramDocument,
  seed,
} from "@jiangce/db";
import { seedProgramDocuments } from "@jiangce/programs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PostgresServer, startPostgres } from "../support/postgres.ts";

const dbPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../packages/db");

let postgres: PostgresServer | undefined;
const sqliteFolder = mkdtempSync(path.join(tmpdir(), "jiangce-persistence-"));
const opened: Db[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
});

afterAll(async () => {
  await Promise.all(opened.map((db) => db.$disconnect()));
  await postgres?.stop();
  rmSync(sqliteFolder, { recursive: true, force: true });
});

let counter = 0;
async function freshDb(dialect: Dialect): Promise<Db> {
  counter += 1;
  const url =
    dialect === "postgresql"
      ? await postgres!.createDatabase()
      : `file:${path.join(sqliteFolder, `test-${counter}.db`)}`;
  const db = createDb({ url });
  opened.push(db);
  return db;
}

async function migratedDb(dialect: Dialect): Promise<Db> {
  const db = await freshDb(dialect);
  await migrate(db);
  return db;
}

// A cheap KDF keeps the suite fast; the real argon2id default is exercised by the server tests.
const fastHash = async (password: string) => `test$${password}`;

const program = (id: string, regionCode: string, title: string): SeedProgramDocument => ({
  id,
  title,
  stage: "comment-draft",
  issuer: { regionCode },
  validity: { issued: "2024-03-01" },
});

async function publishedVersion(db: Db) {
  const user = await db.user.create({
    data: {
      username: `author-${Date.now()}-${Math.random()}`,
      displayName: "起草人",
      passwordHash: "!",
    },
  });
  await db.region.create({ data: { code: "420000", name: "湖北省", level: "province" } });
  const created = await db.program.create({
    data: { regionCode: "420000", slug: "p", title: "方案" },
  });
  const document = {
    id: "p",
    title: "方案",
    clauses: [{ id: "c1", text: "给予一次性奖励10万元" }],
  };
  const version = await db.programVersion.create({
    data: {
      programId: created.id,
      number: 1,
      state: "published",
      document,
      contentHash: contentHash(document),
      createdById: user.id,
      publishedAt: new Date(),
      publishedById: user.id,
    },
  });
  await db.program.update({
    where: { id: created.id },
    data: { publishedVersionId: version.id, latestVersionId: version.id },
  });
  return { user, program: created, version, document };
}

describe("schema files", () => {
  it("keep the PostgreSQL schema and both dialects' migrations in step with schema.prisma", () => {
    // exits non-zero (and the test fails) when schema.prisma changed without a migration
    expect(() =>
      execFileSync(path.join(dbPackage, "node_modules/.bin/tsx"), ["scripts/schema.ts", "check"], {
        cwd: dbPackage,
        stdio: "pipe",
      }),
    ).not.toThrow();
    const names = (dialect: Dialect) => listMigrations(dialect).map((m) => m.name);
    expect(names("postgresql")).toEqual(names("sqlite"));
  });
});

describe.each(["sqlite", "postgresql"] as const)("persistence on %s", (dialect) => {
  it("applies every checked-in migration once; migrating again is a no-op", async () => {
    const db = await freshDb(dialect);
    expect(db.dialect).toBe(dialect);
    const all = listMigrations(dialect).map((m) => m.name);
    expect(all.length).toBeGreaterThanOrEqual(2);

    const first = await migrate(db);
    expect(first.applied).toEqual(all);
    const second = await migrate(db);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(all);
    // the schema is really there and usable
    expect(await db.region.count()).toBe(0);
  });

  it("refuses to run when an applied migration's SQL was edited afterwards", async () => {
    const db = await migratedDb(dialect);
    const first = listMigrations(dialect)[0]!.name;
    await db.$executeRawUnsafe(
      `UPDATE "jiangce_migrations" SET "checksum" = 'edited' WHERE "name" = '${first}'`,
    );
    await expect(migrate(db)).rejects.toBeInstanceOf(MigrationChecksumError);
  });

  it("applies migrations once when two processes start at the same time", async () => {
    const db = await freshDb(dialect);
    const other = createDb({ url: db.url });
    opened.push(other);
    const [a, b] = await Promise.all([migrate(db), migrate(other)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(listMigrations(dialect).map((m) => m.name));
  });

  it("seeds regions, demo accounts and programs, and seeding again changes nothing", async () => {
    const db = await migratedDb(dialect);
    const documents = [
      program("dongxihu-test", "420112", "东西湖区测试方案"),
      program("quzhou-test", "330800", "衢州市测试方案"),
    ];
    const first = await seed(db, { hashPassword: fastHash, programDocuments: documents });

    // the national list: 湖北省 › 武汉市 › 东西湖区 with six-digit codes
    expect(first.regions.inserted).toBeGreaterThan(3000);
    const dongxihu = await db.region.findUniqueOrThrow({
      where: { code: "420112" },
      include: { parent: { include: { parent: true } } },
    });
    expect([dongxihu.name, dongxihu.level]).toEqual(["东西湖区", "district"]);
    expect(dongxihu.parent?.name).toBe("武汉市");
    expect(dongxihu.parent?.parent).toMatchObject({
      code: "420000",
      name: "湖北省",
      level: "province",
    });

    // one account per role for each seed region, each with that role there
    expect(first.demoAccounts.length).toBe(5 * 4);
    const drafter = first.demoAccounts.find(
      (a) => a.role === "drafter" && a.regionCode === "420112",
    );
    expect(drafter).toBeDefined();
    const user = await db.user.findUniqueOrThrow({
      where: { username: drafter!.username },
      include: { memberships: true },
    });
    expect(user.passwordHash).toBe(await fastHash(drafter!.password));
    expect(user.memberships.map((m) => [m.regionCode, m.role])).toEqual([["420112", "drafter"]]);

    // each program published in its region, hashed
    for (const document of documents) {
      const seeded = await db.program.findUniqueOrThrow({
        where: { regionCode_slug: { regionCode: document.issuer.regionCode, slug: document.id } },
        include: { publishedVersion: true },
      });
      expect(seeded.publishedVersion).toMatchObject({
        state: "published",
        number: 1,
        snapshotName: "征求意见稿",
        contentHash: contentHash(document),
        document,
      });
      expect(seeded.latestVersionId).toBe(seeded.publishedVersionId);
    }

    const counts = async () => ({
      regions: await db.region.count(),
      users: await db.user.count(),
      memberships: await db.membership.count(),
      programs: await db.program.count(),
      versions: await db.programVersion.count(),
      audit: await db.auditEntry.count(),
    });
    const before = await counts();
    const second = await seed(db, { hashPassword: fastHash, programDocuments: documents });
    expect(await counts()).toEqual(before);
    expect(second.regions.inserted).toBe(0);
    expect(second.programs.map((p) => p.outcome)).toEqual(["unchanged", "unchanged"]);
    expect(second.demoAccounts).toEqual(first.demoAccounts);
  });

  it("seeds the five programs of @jiangce/programs as published versions of their regions", async () => {
    const db = await migratedDb(dialect);
    const expected = seedProgramDocuments();
    expect(expected.length).toBe(5);
    // the worked cases came along as each program's test cases
    for (const document of expected) expect(document.testCases?.length).toBeGreaterThan(10);
    await seed(db, { hashPassword: fastHash });
    const live = await db.program.findMany({ include: { publishedVersion: true } });
    expect(live.map((p) => [p.regionCode, p.slug]).sort()).toEqual(
      expected.map((p) => [p.issuer.regionCode, p.id]).sort(),
    );
    for (const document of expected) {
      const row = live.find((p) => p.slug === document.id)!;
      expect(row.title).toBe(document.title);
      expect(row.publishedVersion?.state).toBe("published");
      // what is stored hashes to what the file says: the portal serves exactly the seed
      expect(contentHash(row.publishedVersion?.document)).toBe(contentHash(document));
      expect(row.publishedVersion?.contentHash).toBe(contentHash(document));
    }
  });

  it("publishes a changed seed document as a new version and supersedes the old one", async () => {
    const db = await migratedDb(dialect);
    const original = program("wuhan-test", "420100", "武汉市测试方案");
    await seed(db, { hashPassword: fastHash, demoAccounts: false, programDocuments: [original] });
    const revised = { ...original, title: "武汉市测试方案（修订）" };
    const result = await seed(db, {
      hashPassword: fastHash,
      demoAccounts: false,
      programDocuments: [revised],
    });
    expect(result.programs[0]).toMatchObject({ outcome: "republished", versionNumber: 2 });
    const versions = await db.programVersion.findMany({ orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.state])).toEqual([
      [1, "superseded"],
      [2, "published"],
    ]);
    expect(versions[0]!.contentHash).toBe(contentHash(original));
  });

  it("leaves a seed program alone once someone has worked on it in the platform", async () => {
    const db = await migratedDb(dialect);
    const original = program("huangshi-test", "420200", "黄石市测试方案");
    await seed(db, { hashPassword: fastHash, programDocuments: [original] });
    const seeded = await db.program.findFirstOrThrow({ include: { publishedVersion: true } });
    const drafter = await db.user.findUniqueOrThrow({ where: { username: "drafter-420200" } });
    const draft = await db.programVersion.create({
      data: {
        programId: seeded.id,
        number: 2,
        document: { ...original, title: "起草中" },
        createdById: drafter.id,
      },
    });
    await db.program.update({ where: { id: seeded.id }, data: { latestVersionId: draft.id } });

    const result = await seed(db, {
      hashPassword: fastHash,
      programDocuments: [{ ...original, title: "种子文件的新标题" }],
    });
    expect(result.programs[0]?.outcome).toBe("kept-local-changes");
    const versions = await db.programVersion.findMany({ orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.state])).toEqual([
      [1, "published"],
      [2, "draft"],
    ]);
  });

  it("refuses to change or delete audit entries, even with raw SQL", async () => {
    const db = await migratedDb(dialect);
    const entry = await db.auditEntry.create({
      data: {
        action: "version.save",
        entityType: "ProgramVersion",
        entityId: "v1",
        detail: { revision: 2 },
      },
    });
    const refusals = [
      db.auditEntry.update({ where: { id: entry.id }, data: { action: "forged" } }),
      db.auditEntry.delete({ where: { id: entry.id } }),
      db.auditEntry.deleteMany({}),
      db.$executeRawUnsafe(`UPDATE "AuditEntry" SET "detail" = '{}'`),
      db.$executeRawUnsafe(`DELETE FROM "AuditEntry"`),
    ];
    for (const attempt of refusals) {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, "the database accepted a change to the audit log").toBeDefined();
      expect(isImmutableRecordError(error)).toBe(true);
    }
    expect(await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
    // other failures are not mistaken for the rule
    const duplicate = await db.region
      .createMany({
        data: [
          { code: "110000", name: "北京市", level: "province" },
          { code: "110000", name: "北京市", level: "province" },
        ],
      })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isImmutableRecordError(duplicate)).toBe(false);
    // appending still works
    await db.auditEntry.create({
      data: { action: "x", entityType: "y", entityId: "z", detail: {} },
    });
    expect(await db.auditEntry.count()).toBe(2);
  });

  it("refuses to change the document or hash of a published version, or to delete it", async () => {
    const db = await migratedDb(dialect);
    const { version, document } = await publishedVersion(db);
    const where = { id: version.id };
    const refusals = [
      db.programVersion.update({ where, data: { document: { ...document, title: "改" } } }),
      db.programVersion.update({ where, data: { contentHash: "0".repeat(64) } }),
      db.programVersion.update({ where, data: { state: "draft" } }),
      db.programVersion.update({ where, data: { number: 7 } }),
      db.programVersion.delete({ where }),
      db.$executeRawUnsafe(`UPDATE "ProgramVersion" SET "contentHash" = NULL`),
    ];
    for (const attempt of refusals) {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, "the database accepted a change to a published version").toBeDefined();
      expect(isImmutableRecordError(error)).toBe(true);
    }
    const stored = await db.programVersion.findUniqueOrThrow({ where });
    expect(stored.document).toEqual(document);
    expect(stored.contentHash).toBe(contentHash(document));

    // the lifecycle may still move on: published → superseded
    const superseded = await db.programVersion.update({ where, data: { state: "superseded" } });
    expect(superseded.state).toBe("superseded");
    const error = await db.programVersion
      .update({ where, data: { document: {} } })
      .catch((e: unknown) => e);
    expect(isImmutableRecordError(error)).toBe(true);
  });

  it("refuses to publish a version without its content hash", async () => {
    const db = await migratedDb(dialect);
    const { version } = await publishedVersion(db);
    const draft = await db.programVersion.create({
      data: {
        programId: version.programId,
        number: 2,
        document: { draft: true },
        createdById: version.createdById,
      },
    });
    const error = await db.programVersion
      .update({ where: { id: draft.id }, data: { state: "published" } })
      .catch((e: unknown) => e);
    expect(isImmutableRecordError(error)).toBe(true);
    // a draft stays editable
    const edited = await db.programVersion.update({
      where: { id: draft.id },
      data: { document: { draft: "edited" } },
    });
    expect(edited.document).toEqual({ draft: "edited" });
  });

  it("lets a program go live only with one of its own published versions", async () => {
    const db = await migratedDb(dialect);
    const { program, version } = await publishedVersion(db);
    const draft = await db.programVersion.create({
      data: { programId: program.id, number: 2, document: {}, createdById: version.createdById },
    });
    const other = await db.program.create({
      data: { regionCode: "420000", slug: "other", title: "另一方案" },
    });
    const refusals = [
      // a draft cannot be served to the portal
      db.program.update({ where: { id: program.id }, data: { publishedVersionId: draft.id } }),
      // nor another program's version, published or not
      db.program.update({ where: { id: other.id }, data: { publishedVersionId: version.id } }),
      db.program.update({ where: { id: other.id }, data: { latestVersionId: draft.id } }),
    ];
    for (const attempt of refusals) {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, "the database accepted a wrong version pointer").toBeDefined();
      expect(isDatabaseRuleError(error)).toBe(true);
    }
    // pointing at its own draft as latest, and taking the live version offline, are fine
    await db.program.update({ where: { id: program.id }, data: { latestVersionId: draft.id } });
    await db.program.update({ where: { id: program.id }, data: { publishedVersionId: null } });
    expect(await db.program.findUniqueOrThrow({ where: { id: program.id } })).toMatchObject({
      latestVersionId: draft.id,
      publishedVersionId: null,
    });
  });

  it("a save conditioned on the revision it read loses to a newer save, never silently", async () => {
    const db = await migratedDb(dialect);
    const { version } = await publishedVersion(db);
    const draft = await db.programVersion.create({
      data: {
        programId: version.programId,
        number: 2,
        document: { text: "v1" },
        createdById: version.createdById,
      },
    });
    expect(draft.revision).toBe(1);
    const save = (text: string, readRevision: number) =>
      db.programVersion.updateMany({
        where: { id: draft.id, revision: readRevision, state: "draft" },
        data: { document: { text }, revision: { increment: 1 } },
      });

    // Alice and Bob both read revision 1 and save at the same moment: exactly one wins
    const [alice, bob] = await Promise.all([save("alice", 1), save("bob", 1)]);
    expect(alice.count + bob.count).toBe(1);
    const afterRace = await db.programVersion.findUniqueOrThrow({ where: { id: draft.id } });
    expect(afterRace.revision).toBe(2);
    expect(afterRace.document).toEqual({ text: alice.count === 1 ? "alice" : "bob" });

    // a stale save changes nothing; a save against the current revision goes through
    expect((await save("stale", 1)).count).toBe(0);
    expect((await save("fresh", 2)).count).toBe(1);
    const final = await db.programVersion.findUniqueOrThrow({ where: { id: draft.id } });
    expect([final.revision, final.document]).toEqual([3, { text: "fresh" }]);
  });

  it("readers outside a publishing transaction see the old or the new version, never a mix", async () => {
    const db = await migratedDb(dialect);
    const { program, version: v1 } = await publishedVersion(db);
    const v2Document = { id: "p", title: "方案（第二版）" };
    const v2 = await db.programVersion.create({
      data: {
        programId: program.id,
        number: 2,
        state: "approved",
        document: v2Document,
        createdById: v1.createdById,
      },
    });

    const live = async () => {
      const row = await db.program.findUniqueOrThrow({
        where: { id: program.id },
        include: { publishedVersion: true },
      });
      return [row.publishedVersion?.number, row.publishedVersion?.state];
    };

    // A portal read issued half-way through the publish (old version already superseded,
    // pointer not yet moved) must not see that half-written state.
    let reading: Promise<unknown[]> | undefined;
    await db.$transaction(async (tx) => {
      await tx.programVersion.update({ where: { id: v1.id }, data: { state: "superseded" } });
      reading = live();
      // give the read every chance to run inside the open transaction
      await new Promise((resolve) => setTimeout(resolve, 100));
      await tx.programVersion.update({
        where: { id: v2.id },
        data: {
          state: "published",
          contentHash: contentHash(v2Document),
          publishedAt: new Date(),
          publishedById: v1.createdById,
        },
      });
      await tx.program.update({
        where: { id: program.id },
        data: { publishedVersionId: v2.id, latestVersionId: v2.id },
      });
    });
    // PostgreSQL answers with the committed old state; SQLite holds the read until commit
    const seen = await reading;
    expect(
      [
        [1, "published"],
        [2, "published"],
      ],
      `a reader saw ${JSON.stringify(seen)}`,
    ).toContainEqual(seen);
    expect(await live()).toEqual([2, "published"]);
  });
});
