// Break 11 (headers half): authenticated API answers carried no Cache-Control, so a shared cache
// or the browser's back/forward store could keep them; and no HSTS when cookies are Secure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { DEMO_PASSWORD, login, request } from "./http.ts";

let plain: StartedServer;
let secure: StartedServer;
beforeAll(async () => {
  [plain, secure] = await Promise.all([
    startServer(),
    startServer({ env: { COOKIE_SECURE: "1" } }),
  ]);
});
afterAll(async () => {
  await Promise.all([plain?.stop(), secure?.stop()]);
});

describe("break 11: security headers on API answers", () => {
  it("answers to a signed-in caller, and the login itself, are never stored", async () => {
    const { session, answer } = await login(plain.url, "drafter-420112", DEMO_PASSWORD);
    if (!session) throw new Error(answer.text);
    expect(answer.headers.get("cache-control")).toContain("no-store");
    for (const path of [
      "/api/auth.me",
      `/api/program.list?input=${encodeURIComponent(JSON.stringify({ regionCode: "420112" }))}`,
      "/api/portal.listRegions",
    ]) {
      const signedIn = await request(plain.url, path, { headers: { cookie: session.cookie } });
      expect(signedIn.status, path).toBe(200);
      expect(signedIn.headers.get("cache-control"), path).toContain("no-store");
    }
  });

  it("sends HSTS only when the session cookie is Secure", async () => {
    const insecure = await request(plain.url, "/api/health.check");
    expect(insecure.headers.get("strict-transport-security")).toBeNull();
    for (const path of ["/api/health.check", "/", "/api/portal.listRegions"]) {
      const answer = await request(secure.url, path);
      expect(answer.headers.get("strict-transport-security"), path).toMatch(/max-age=\d{7,}/);
    }
  });
});
