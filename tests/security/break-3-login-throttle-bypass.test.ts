// Break 3: login throttling was decided on the raw URL (double-encoded or batched paths slipped
// past it), checked before and recorded after the password check (so parallel calls in one batch
// raced past the limit), and auth.changePassword was neither throttled nor audited.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { DEMO_PASSWORD, login, mutate, request } from "./http.ts";

let server: StartedServer;
let db: Db;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "jiangce-sec-3-"));
  const databaseUrl = `file:${join(dataDir, "jiangce.db")}`;
  server = await startServer({ databaseUrl, env: { TRUST_PROXY: "1" } });
  db = createDb({ url: databaseUrl });
});
afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const from = (ip: string) => ({ "x-forwarded-for": ip });

function loginBody(path: string, calls: { username: string; password: string }[]) {
  const batched = path.includes("batch=1");
  return JSON.stringify(batched ? Object.fromEntries(calls.map((c, i) => [i, c])) : calls[0]);
}

describe("break 3: login throttling cannot be bypassed", () => {
  it("an address refused for plain logins is refused for encoded and batched paths too", async () => {
    const ip = "192.0.2.31";
    let status = 0;
    for (let i = 0; i < 30 && status !== 429; i += 1) {
      ({ status } = (await login(server.url, `nobody-${i}`, "wrong", from(ip))).answer);
    }
    expect(status).toBe(429);
    for (const path of [
      "/api/auth%252Elogin",
      "/api/auth%2Elogin",
      "/api/auth.login%2Cauth.login?batch=1",
      "/api/auth.me%2Cauth.login?batch=1",
    ]) {
      const right = { username: "drafter-420112", password: DEMO_PASSWORD };
      const answer = await request(server.url, path, {
        method: "POST",
        headers: { "content-type": "application/json", ...from(ip) },
        body: loginBody(path, [right, right]),
      });
      expect(answer.status, path).not.toBe(200);
      expect(answer.headers.get("set-cookie"), path).toBeNull();
    }
  });

  it("nine parallel logins in one batch cannot race past the limit of five", async () => {
    const username = "reviewer-420112";
    const calls = [
      ...Array.from({ length: 8 }, (_, i) => ({ username, password: `guess-${i}` })),
      { username, password: DEMO_PASSWORD },
    ];
    const path = `/api/${calls.map(() => "auth.login").join(",")}?batch=1`;
    const answer = await request(server.url, path, {
      method: "POST",
      headers: { "content-type": "application/json", ...from("192.0.2.32") },
      body: loginBody(path, calls),
    });
    const results = JSON.parse(answer.text) as { error?: { data?: { appCode?: string } } }[];
    const evaluated = results.filter((r) => r.error?.data?.appCode !== "RATE_LIMITED");
    expect(results).toHaveLength(9);
    expect(evaluated.length).toBeLessThanOrEqual(5);
    expect(results[8]?.error?.data?.appCode).toBe("RATE_LIMITED");
    expect(answer.headers.get("set-cookie")).toBeNull();
  });

  it("auth.changePassword is throttled like a login and its failures are audited", async () => {
    const username = "publisher-420112";
    const { session } = await login(server.url, username, DEMO_PASSWORD, from("192.0.2.33"));
    if (!session) throw new Error("login failed");
    const change = (currentPassword: string) =>
      mutate(server.url, session, "auth.changePassword", {
        currentPassword,
        newPassword: "a-new-password-1",
      });
    const codes: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const answer = await change(`guess-${i}`);
      codes.push(JSON.parse(answer.text).error?.data?.appCode ?? String(answer.status));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("INVALID_CREDENTIALS"));
    expect(codes.slice(5)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    // the right password is refused too while the limit holds
    const right = await change(DEMO_PASSWORD);
    expect(JSON.parse(right.text).error?.data?.appCode).toBe("RATE_LIMITED");

    const user = await db.user.findUniqueOrThrow({ where: { username } });
    const failures = await db.auditEntry.findMany({
      where: { action: "auth.changePassword", entityId: user.id },
    });
    expect(failures.length).toBeGreaterThanOrEqual(5);
    expect(failures.every((f) => (f.detail as { outcome?: string }).outcome === "failed")).toBe(
      true,
    );
  });
});
