import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Dialect, SYSTEM_USERNAME } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Client,
  createUser,
  failureOf,
  freshDb,
  sessionFor,
  stopPostgres,
  type TestDb,
} from "../api/support/harness.ts";
import { repoRoot } from "../support/start-server.ts";

/**
 * Break 7: any admin anywhere could reset the password of, or disable, an account with no roles,
 * and those audit entries carried no region. Decision (属地管理): an account belongs to the
 * district where it was created; once it holds no role, only admins of that district or above
 * may act on it. An account whose origin is unknown (made outside the back office) is left to a
 * platform admin (admin of every province). The seed's system account is never changed.
 * The audit entries carry the district(s) concerned, so their admins see them.
 */
const HOME = "420112"; // 东西湖区
let t: TestDb;
const admins: Record<string, Client> = {};

beforeAll(async () => {
  t = await freshDb();
  for (const [name, regions] of Object.entries({
    district: ["420112"],
    neighbour: ["420102"],
    city: ["420100"],
    province: ["420000"],
    elsewhere: ["330800"],
    platform: ["420000", "330000"],
  })) {
    const user = await createUser(
      t.db,
      `admin-${name}`,
      regions.map((r) => [r, "admin"]),
    );
    admins[name] = await sessionFor(t.db, user.id);
  }
});
afterAll(async () => {
  await t.close();
  await stopPostgres();
});

/** An account the district admin created and later stripped of its only role. */
async function rolelessAccount(username: string) {
  const created = await admins.district!.api.user.create({
    username,
    displayName: "临时人员",
    password: "initial password",
    regionCode: HOME,
    role: "drafter",
  });
  const [membership] = await t.db.membership.findMany({ where: { userId: created.id } });
  await admins.district!.api.membership.revoke({ membershipId: membership!.id });
  return created.id;
}

const reset = (admin: Client, userId: string) =>
  admin.api.user.resetPassword({ userId, newPassword: "taken over 123" });
const disable = (admin: Client, userId: string) =>
  admin.api.user.setDisabled({ userId, disabled: true });

describe("break 7: admins act only on accounts within their jurisdiction", () => {
  it("an admin elsewhere cannot reset or disable a role-less account of another district", async () => {
    const userId = await rolelessAccount("orphan-a");
    for (const name of ["elsewhere", "neighbour"]) {
      expect(await failureOf(reset(admins[name]!, userId))).toBe("FORBIDDEN");
      expect(await failureOf(disable(admins[name]!, userId))).toBe("FORBIDDEN");
    }
    const user = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.disabledAt).toBeNull();
  });

  it("the home district's admins (and those above) may, and the district sees the entries", async () => {
    const userId = await rolelessAccount("orphan-b");
    await reset(admins.city!, userId);
    await disable(admins.district!, userId);
    const entries = await t.db.auditEntry.findMany({
      where: { entityId: userId, action: { in: ["user.resetPassword", "user.setDisabled"] } },
    });
    expect(entries.map((e) => [e.action, e.regionCode]).sort()).toEqual([
      ["user.resetPassword", HOME],
      ["user.setDisabled", HOME],
    ]);
    const log = await admins.district!.api.audit.list({ regionCode: HOME, entityId: userId });
    expect(log.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.resetPassword", "user.setDisabled"]),
    );
  });

  it("an admin elsewhere cannot adopt a role-less account by granting it a role, then reset it", async () => {
    const userId = await rolelessAccount("orphan-c");
    const adopt = (admin: Client, regionCode: string) =>
      admin.api.membership.grant({ userId, regionCode, role: "drafter" });
    expect(await failureOf(adopt(admins.elsewhere!, "330800"))).toBe("FORBIDDEN");
    expect(await t.db.membership.count({ where: { userId } })).toBe(0);
    expect(await failureOf(reset(admins.elsewhere!, userId))).toBe("FORBIDDEN");
    // its home district lists it, and may give it a role again
    const listed = await admins.district!.api.user.list({ regionCode: HOME });
    expect(listed.map((u) => u.id)).toContain(userId);
    await adopt(admins.district!, HOME);
  });

  it("an account of unknown origin with no roles is left to a platform admin", async () => {
    const legacy = await createUser(t.db, "legacy-orphan");
    expect(await failureOf(reset(admins.district!, legacy.id))).toBe("FORBIDDEN");
    expect(await failureOf(reset(admins.province!, legacy.id))).toBe("FORBIDDEN");
    await reset(admins.platform!, legacy.id);
  });

  it("nobody can take over the seed's system account", async () => {
    const system = await t.db.user.create({
      data: { username: SYSTEM_USERNAME, displayName: "系统", passwordHash: "!" },
    });
    expect(await failureOf(reset(admins.platform!, system.id))).toBe("FORBIDDEN");
    expect(
      await failureOf(
        admins.platform!.api.user.setDisabled({ userId: system.id, disabled: false }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("an account working in two districts is logged in the audit of both", async () => {
    const worker = await createUser(t.db, "two-districts", [
      ["420112", "drafter"],
      ["420102", "reviewer"],
    ]);
    await reset(admins.city!, worker.id);
    const regions = await t.db.auditEntry.findMany({
      where: { entityId: worker.id, action: "user.resetPassword" },
      select: { regionCode: true },
    });
    expect(regions.map((r) => r.regionCode).sort()).toEqual(["420102", "420112"]);
    const log = await admins.neighbour!.api.audit.list({ regionCode: "420102" });
    expect(log.entries.some((e) => e.entityId === worker.id)).toBe(true);
  });
});

describe.each(["sqlite", "postgresql"] as Dialect[])(
  "break 7 on %s: accounts opened before the migration",
  (dialect) => {
    it("get their home district from the user.create audit entry (the migration's backfill)", async () => {
      const fresh = await freshDb(dialect);
      try {
        const legacy = await createUser(fresh.db, "opened-earlier");
        await fresh.db.auditEntry.create({
          data: {
            action: "user.create",
            entityType: "user",
            entityId: legacy.id,
            regionCode: HOME,
            detail: { username: legacy.username },
          },
        });
        const untouched = await createUser(fresh.db, "made-by-cli");
        const folder = dialect === "sqlite" ? "migrations" : "postgresql/migrations";
        const dir = path.join(repoRoot, "packages/db/prisma", folder);
        const migration = readdirSync(dir).find((name) => name.endsWith("_account_home"))!;
        const sql = readFileSync(path.join(dir, migration, "migration.sql"), "utf8");
        const backfill = sql.slice(sql.indexOf('UPDATE "User"'));
        await fresh.db.$executeRawUnsafe(backfill);
        const homes = await fresh.db.user.findMany({
          where: { id: { in: [legacy.id, untouched.id] } },
          select: { username: true, createdInRegionCode: true },
          orderBy: { username: "asc" },
        });
        expect(homes).toEqual([
          { username: "made-by-cli", createdInRegionCode: null },
          { username: "opened-earlier", createdInRegionCode: HOME },
        ]);
      } finally {
        await fresh.close();
      }
    });
  },
);
