import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hashPassword } from "@jiangce/api";
import { createDb, type Db, DEMO_PASSWORD, migrate, seed } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../api/support/harness.ts";

/**
 * Break 6: every restart ran the seed, and the seed re-created any demo role an admin had
 * revoked. A demo role is now granted once in the life of a database: what an admin changes
 * afterwards stays changed.
 */
let db: Db;
let dir: string;
const options = { programs: false, hashPassword } as const;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "jiangce-sec-seed-"));
  db = createDb({ url: `file:${path.join(dir, "seed.db")}` });
  await migrate(db);
  await seed(db, options);
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

async function rolesOf(username: string) {
  const memberships = await db.membership.findMany({ where: { user: { username } } });
  return memberships.map((m) => `${m.regionCode}:${m.role}`).sort();
}

describe("break 6: the seed does not re-grant demo roles an admin revoked", () => {
  it("the first seed gives every demo account its one role", async () => {
    for (const region of ["420200", "420112", "330800", "420100", "320700"]) {
      for (const role of ["drafter", "reviewer", "publisher", "admin"]) {
        expect(await rolesOf(`${role}-${region}`)).toEqual([`${region}:${role}`]);
      }
    }
  });

  it("a revoked demo role stays revoked after the seed runs again (a restart)", async () => {
    expect(await rolesOf("reviewer-420112")).toEqual(["420112:reviewer"]);
    const admin = new Client(db);
    await admin.login("admin-420112", DEMO_PASSWORD);
    const [membership] = await db.membership.findMany({
      where: { user: { username: "reviewer-420112" } },
    });
    await admin.api.membership.revoke({ membershipId: membership!.id });
    expect(await rolesOf("reviewer-420112")).toEqual([]);

    await seed(db, options);
    await seed(db, options);

    expect(await rolesOf("reviewer-420112")).toEqual([]);
    // the other demo accounts are untouched
    expect(await rolesOf("drafter-420112")).toEqual(["420112:drafter"]);
    const refused = new Client(db);
    await refused.login("reviewer-420112", DEMO_PASSWORD);
    expect((await refused.api.auth.me())?.memberships).toEqual([]);
  });

  it("a disabled demo account stays disabled, and a role an admin added stays", async () => {
    const admin = new Client(db);
    await admin.login("admin-420112", DEMO_PASSWORD);
    const publisher = await db.user.findUniqueOrThrow({ where: { username: "publisher-420112" } });
    await admin.api.user.setDisabled({ userId: publisher.id, disabled: true });
    const drafter = await db.user.findUniqueOrThrow({ where: { username: "drafter-420112" } });
    await admin.api.membership.grant({
      userId: drafter.id,
      regionCode: "420112",
      role: "reviewer",
    });

    await seed(db, options);

    const after = await db.user.findUniqueOrThrow({ where: { id: publisher.id } });
    expect(after.disabledAt).not.toBeNull();
    expect(await rolesOf("drafter-420112")).toEqual(["420112:drafter", "420112:reviewer"]);
  });
});
