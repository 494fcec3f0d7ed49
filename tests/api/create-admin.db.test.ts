import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, freshDb, type TestDb } from "./support/harness.ts";

const apiPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../packages/api");

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.close());

function createAdmin(args: string[]) {
  return execFileSync(
    path.join(apiPackage, "node_modules/.bin/tsx"),
    ["src/bin/create-admin.ts", ...args],
    {
      cwd: apiPackage,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: t.db.url, JIANGCE_ADMIN_PASSWORD: "" },
    },
  );
}

describe("create-admin command", () => {
  it("creates the first admin, prints a generated password once, and the admin can log in", async () => {
    const out = createAdmin(["--username", "root", "--region", "420000"]);
    expect(out).toContain("已创建管理员账号 root");
    const password = /初始密码：(\S+)（/.exec(out)?.[1];
    expect(password).toBeTruthy();

    const client = new Client(t.db);
    const me = await client.login("root", password);
    expect(me.memberships).toEqual([
      { regionCode: "420000", regionName: "湖北省", regionLevel: "province", role: "admin" },
    ]);
    // admin of the province manages accounts in its districts
    await client.api.user.create({
      username: "dxh-drafter",
      displayName: "东西湖起草人",
      password: "drafter password",
      regionCode: "420112",
      role: "drafter",
    });
    const entry = await t.db.auditEntry.findFirst({ where: { action: "cli.createAdmin" } });
    expect(entry).toMatchObject({ actorId: null, entityId: me.user.id });
  }, 60_000);

  it("is idempotent and refuses unknown regions", () => {
    const again = createAdmin(["--username", "root", "--region", "420000,330000"]);
    expect(again).toContain("已授予管理员：330000");
    let failure = "";
    try {
      createAdmin(["--username", "root2", "--region", "999999", "--password", "long enough"]);
    } catch (error) {
      failure = String((error as { stderr?: string }).stderr);
    }
    expect(failure).toContain("未找到行政区划：999999");
  }, 60_000);
});
