import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Client,
  createUser,
  failureOf,
  freshDb,
  signedIn,
  type TestDb,
} from "./support/harness.ts";

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  await createUser(t.db, "dxh-drafter", [["420112", "drafter"]]);
});
afterAll(() => t.close());

describe("api smoke: health, regions, a signed-in round trip", () => {
  it("health", async () => {
    const result = await new Client(t.db).api.health.check();
    expect(result).toMatchObject({ ok: true, dialect: "sqlite" });
  });
  it("regions", async () => {
    const api = new Client(t.db).api;
    expect((await api.region.list()).map((r) => r.name)).toEqual(["浙江省", "湖北省"]);
    expect((await api.region.children({ code: "420100" })).map((r) => r.name)).toEqual([
      "江岸区",
      "东西湖区",
    ]);
    expect((await api.region.get({ code: "420112" })).ancestors.map((r) => r.name)).toEqual([
      "武汉市",
      "湖北省",
    ]);
  });
  it("login, me, list, logout", async () => {
    const client = await signedIn(t.db, "dxh-drafter");
    const me = await client.api.auth.me();
    expect(me?.memberships).toEqual([
      { regionCode: "420112", regionName: "东西湖区", regionLevel: "district", role: "drafter" },
    ]);
    expect(await client.api.program.list({ regionCode: "420112" })).toEqual([]);
    expect(await failureOf(client.api.program.list({ regionCode: "420102" }))).toBe("FORBIDDEN");
    await client.api.auth.logout();
    expect(await client.api.auth.me()).toBeNull();
  });
});
