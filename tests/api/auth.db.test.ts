import { appCodeOf, appRouter, pruneLoginAttempts } from "@jiangce/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Client,
  createUser,
  failureOf,
  freshDb,
  PASSWORD,
  sessionFor,
  signedIn,
  type TestDb,
} from "./support/harness.ts";

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  await createUser(t.db, "alice", [["420112", "drafter"]]);
});
afterAll(() => t.close());

describe("sessions", () => {
  it("login sets an http-only SameSite=Lax cookie holding a token stored only as its hash", async () => {
    const client = new Client(t.db);
    const me = await client.login("alice");
    expect(me.user.username).toBe("alice");
    expect(me.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = client.setCookies.at(-1)!;
    expect(cookie).toMatchObject({
      name: "jiangce_session",
      options: { httpOnly: true, sameSite: "lax", path: "/" },
    });
    expect(cookie.options.maxAge).toBeGreaterThan(3600);
    const sessions = await t.db.session.findMany({ where: { user: { username: "alice" } } });
    expect(sessions.map((s) => s.id)).not.toContain(cookie.value);
    expect((await client.api.auth.me())?.csrfToken).toBe(me.csrfToken);
  });

  it("passwords are stored as argon2id hashes", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "alice" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
  });

  it("usernames are matched case-insensitively and trimmed", async () => {
    const me = await new Client(t.db).api.auth.login({ username: "  Alice ", password: PASSWORD });
    expect(me.user.username).toBe("alice");
  });

  it("logout ends the session on the server and clears the cookie", async () => {
    const client = await signedIn(t.db, "alice");
    const token = client.cookies.get("jiangce_session")!;
    await client.api.auth.logout();
    expect(client.cookies.has("jiangce_session")).toBe(false);
    // replaying the old cookie gets nothing
    const replay = new Client(t.db);
    replay.cookies.set("jiangce_session", token);
    expect(await replay.api.auth.me()).toBeNull();
  });

  it("an expired session is anonymous", async () => {
    const user = await createUser(t.db, "expiring", [["420112", "drafter"]]);
    const client = await sessionFor(t.db, user.id);
    await t.db.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await client.api.auth.me()).toBeNull();
    expect(await failureOf(client.api.program.list({ regionCode: "420112" }))).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("a disabled account cannot log in and its sessions end", async () => {
    const admin = await createUser(t.db, "dxh-admin", [["420112", "admin"]]);
    const victim = await createUser(t.db, "leaver", [["420112", "drafter"]]);
    const session = await signedIn(t.db, "leaver");
    await (await sessionFor(t.db, admin.id)).api.user.setDisabled({
      userId: victim.id,
      disabled: true,
    });
    expect(await session.api.auth.me()).toBeNull();
    expect(await failureOf(new Client(t.db).login("leaver"))).toBe("USER_DISABLED");
  });

  it("changing the password signs out the other sessions", async () => {
    await createUser(t.db, "changer", [["420112", "drafter"]]);
    const laptop = await signedIn(t.db, "changer");
    const phone = await signedIn(t.db, "changer");
    await laptop.api.auth.changePassword({
      currentPassword: PASSWORD,
      newPassword: "a new secret",
    });
    expect(await phone.api.auth.me()).toBeNull();
    expect(await laptop.api.auth.me()).not.toBeNull();
    expect(await failureOf(new Client(t.db).login("changer"))).toBe("INVALID_CREDENTIALS");
    await new Client(t.db).login("changer", "a new secret");
  });
});

describe("CSRF (double submit)", () => {
  const mutations = Object.entries(
    (appRouter._def as unknown as { procedures: Record<string, { _def: { type: string } }> })
      .procedures,
  )
    .filter(([, p]) => p._def.type === "mutation")
    .map(([path]) => path);

  it("covers every mutation except login", () => {
    expect(mutations).toContain("version.publish");
    expect(mutations).toContain("auth.login");
  });

  it.each(mutations.filter((path) => path !== "auth.login"))(
    "%s refuses a signed-in caller without the x-csrf-token header, or with a wrong one",
    async (path) => {
      const user = await createUser(t.db, `csrf-${path.replace(/\W/g, "-").toLowerCase()}`, [
        ["420112", "drafter"],
        ["420112", "reviewer"],
        ["420112", "publisher"],
        ["420112", "admin"],
      ]);
      const client = await sessionFor(t.db, user.id);
      const [area, name] = path.split(".") as [string, string];
      const call = (input: unknown) =>
        (client.api as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[
          area
        ]![name]!(input);
      const auditBefore = await t.db.auditEntry.count();
      // the input does not matter: the check runs before validation would matter
      client.sendCsrf = false;
      expect(appCodeOf(await call({}).catch((e) => e))).toBe("CSRF_INVALID");
      client.sendCsrf = true;
      client.csrfToken = "forged-token";
      expect(appCodeOf(await call({}).catch((e) => e))).toBe("CSRF_INVALID");
      expect(await t.db.auditEntry.count()).toBe(auditBefore);
    },
  );

  it("queries need no CSRF header", async () => {
    const client = await signedIn(t.db, "alice");
    client.sendCsrf = false;
    expect(await client.api.program.list({ regionCode: "420112" })).toEqual([]);
  });
});

describe("login rate limiting", () => {
  it("refuses an account from an address after 5 failures there, with a clear Chinese message, until the window passes", async () => {
    await createUser(t.db, "bob");
    let now = new Date("2026-01-01T08:00:00Z");
    const attempt = (password: string, ip: string) =>
      new Client(t.db, ip, () => now).api.auth.login({ username: "bob", password });
    for (let i = 0; i < 5; i += 1) {
      expect(await failureOf(attempt("wrong", "198.51.100.1"))).toBe("INVALID_CREDENTIALS");
    }
    const refused = await attempt(PASSWORD, "198.51.100.1").catch((e) => e);
    expect(appCodeOf(refused)).toBe("RATE_LIMITED");
    expect(refused.message).toMatch(/该账号登录失败次数过多，请\d+分钟后再试/);
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    // a stranger's failures are not a lock on the account: another address still gets in
    expect((await attempt(PASSWORD, "198.51.100.99")).user.username).toBe("bob");

    now = new Date(now.getTime() + 16 * 60 * 1000);
    const me = await attempt(PASSWORD, "198.51.100.1");
    expect(me.user.username).toBe("bob");
  });

  it("bounds failures spread over addresses, except from addresses the owner signed in from", async () => {
    await createUser(t.db, "erin");
    const now = new Date("2026-01-04T08:00:00Z");
    const attempt = (password: string, ip: string) =>
      new Client(t.db, ip, () => now).api.auth.login({ username: "erin", password });
    await attempt(PASSWORD, "192.0.2.200");
    for (let i = 0; i < 20; i += 1) {
      expect(await failureOf(attempt("wrong", `198.18.5.${i}`))).toBe("INVALID_CREDENTIALS");
    }
    const refused = await attempt(PASSWORD, "198.18.6.1").catch((e) => e);
    expect(appCodeOf(refused)).toBe("RATE_LIMITED");
    expect(refused.message).toMatch(/该账号近期登录失败次数过多/);
    expect((await attempt(PASSWORD, "192.0.2.200")).user.username).toBe("erin");
  });

  it("a successful login clears the username's failures", async () => {
    await createUser(t.db, "carol");
    const now = new Date("2026-01-02T08:00:00Z");
    const client = (ip: string) => new Client(t.db, ip, () => now);
    for (let i = 0; i < 4; i += 1) {
      await failureOf(client(`192.0.2.${i}`).api.auth.login({ username: "carol", password: "x" }));
    }
    await client("192.0.2.50").api.auth.login({ username: "carol", password: PASSWORD });
    for (let i = 0; i < 4; i += 1) {
      expect(
        await failureOf(
          client(`192.0.2.${i}`).api.auth.login({ username: "carol", password: "x" }),
        ),
      ).toBe("INVALID_CREDENTIALS");
    }
  });

  it("refuses an address after 20 failures across usernames, even with a right password", async () => {
    await createUser(t.db, "dave");
    const now = new Date("2026-01-03T08:00:00Z");
    const client = new Client(t.db, "203.0.113.66", () => now);
    for (let i = 0; i < 20; i += 1) {
      await failureOf(client.api.auth.login({ username: `nobody-${i}`, password: "guess" }));
    }
    const refused = await client.api.auth
      .login({ username: "dave", password: PASSWORD })
      .catch((e) => e);
    expect(appCodeOf(refused)).toBe("RATE_LIMITED");
    expect(refused.message).toContain("您所在的网络地址");
    // another address is unaffected
    await new Client(t.db, "203.0.113.67", () => now).api.auth.login({
      username: "dave",
      password: PASSWORD,
    });
  });

  it("unknown usernames and wrong passwords get the same answer", async () => {
    const a = await new Client(t.db, "10.9.9.1").api.auth
      .login({ username: "ghost", password: "whatever" })
      .catch((e) => e);
    const b = await new Client(t.db, "10.9.9.2").api.auth
      .login({ username: "alice", password: "whatever" })
      .catch((e) => e);
    expect([appCodeOf(a), a.message]).toEqual([appCodeOf(b), b.message]);
    expect(a.message).toBe("用户名或密码错误");
  });

  it("old attempts are pruned once they can no longer decide anything", async () => {
    await createUser(t.db, "frank");
    const then = new Date("2026-02-01T08:00:00Z");
    const client = new Client(t.db, "192.0.2.77", () => then);
    await client.api.auth.login({ username: "frank", password: PASSWORD });
    await failureOf(client.api.auth.login({ username: "frank", password: "x" }));
    const keys = { key: { contains: "frank" } };
    expect(await t.db.loginAttempt.count({ where: keys })).toBe(4);
    // 29 days later they still count (the address is still the owner's usual one)…
    await pruneLoginAttempts(t.db, new Date(then.getTime() + 29 * 86_400_000));
    expect(await t.db.loginAttempt.count({ where: keys })).toBe(4);
    // …31 days later they are gone
    await pruneLoginAttempts(t.db, new Date(then.getTime() + 31 * 86_400_000));
    expect(await t.db.loginAttempt.count({ where: keys })).toBe(0);
  });
});
