import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db, DEMO_PASSWORD, migrate, seed } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "./support/harness.ts";

// The real seed: the national region list, demo accounts, the five programs as published versions.
let db: Db;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "jiangce-api-seeded-"));
  db = createDb({ url: `file:${path.join(dir, "seeded.db")}` });
  await migrate(db);
  await seed(db);
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("on the seeded database", () => {
  it("a district's portal lists its own programs and those of the city and province above it", async () => {
    const api = new Client(db).api;
    const listed = await api.portal.listPrograms({ regionCode: "420112" });
    const issuers = listed.map((e) => [e.issuer.name, e.inherited]);
    expect(issuers).toContainEqual(["东西湖区", false]);
    expect(issuers).toContainEqual(["武汉市", true]);
    expect(issuers.map(([name]) => name)).not.toContain("黄石市");
    expect(issuers.map(([name]) => name)).not.toContain("衢州市");
    for (const entry of listed) expect(entry.version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // own region first
    expect(listed[0]!.inherited).toBe(false);
  });

  it("every seed program is served with a hash of exactly its document", async () => {
    const { contentHash } = await import("@jiangce/db");
    const api = new Client(db).api;
    for (const code of ["420200", "420112", "330800", "420100", "320700"]) {
      for (const entry of await api.portal.listPrograms({ regionCode: code })) {
        const page = await api.portal.getProgram({ programId: entry.programId });
        expect(page.contentHash).toBe(contentHash(page.document));
      }
    }
  });

  it("demo accounts can revise a seed program and publish the new version", async () => {
    const drafter = new Client(db);
    await drafter.login("drafter-420112", DEMO_PASSWORD);
    const [program] = await drafter.api.program.list({ regionCode: "420112" });
    expect(program?.publishedVersion).not.toBeNull();
    const current = await drafter.api.version.get({ versionId: program!.latestVersion!.id });
    expect(current.state).toBe("published");
    const document = { ...(current.document as Record<string, unknown>), title: "修订后的标题" };
    const saved = await drafter.api.version.save({
      programId: program!.id,
      baseVersionId: current.id,
      baseRevision: current.revision,
      document,
    });
    const submitted = await drafter.api.version.submit({
      versionId: saved.versionId,
      revision: saved.revision,
    });

    const reviewer = new Client(db);
    await reviewer.login("reviewer-420112", DEMO_PASSWORD);
    const approved = await reviewer.api.version.approve({
      versionId: saved.versionId,
      revision: submitted.revision,
    });
    const publisher = new Client(db);
    await publisher.login("publisher-420112", DEMO_PASSWORD);
    await publisher.api.version.publish({
      versionId: saved.versionId,
      revision: approved.revision,
    });

    const page = await new Client(db).api.portal.getProgram({ programId: program!.id });
    expect(page.title).toBe("修订后的标题");
    expect(page.version.number).toBe(current.number + 1);
  }, 60_000);
});
