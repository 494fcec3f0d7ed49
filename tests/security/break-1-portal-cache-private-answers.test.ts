// Break 1: the server's portal response cache decided on the raw URL, so an encoded comma turned
// a "portal" URL into a batch that also called version.get and auth.me for the signed-in caller;
// the same URL then served that private answer (draft, username, CSRF token) to anyone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../e2e/browser.ts";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { createDraft, DEMO_PASSWORD, login, request, type Session, sleep } from "./http.ts";

const DRAFTER = "drafter-330800";
let server: StartedServer;
let drafter: Session;
let draft: { versionId: string; slug: string };

beforeAll(async () => {
  server = await startServer();
  const signedIn = await login(server.url, DRAFTER, DEMO_PASSWORD);
  if (!signedIn.session) throw new Error(`login failed: ${signedIn.answer.text}`);
  drafter = signedIn.session;
  draft = await createDraft(server.url, drafter, "330800");
});
afterAll(async () => {
  await server?.stop();
});

/** The crafted URLs: a portal read that really is a batch with private procedures. */
function craftedUrls(versionId: string): string[] {
  const input = encodeURIComponent(JSON.stringify({ 1: { versionId } }));
  return [
    `/api/portal.listRegions%2Cversion.get%2Cauth.me?batch=1&input=${input}`,
    `/api/portal.listRegions%252Cversion.get%252Cauth.me?batch=1&input=${input}`,
    `/api/portal.listRegions,version.get,auth.me?batch=1&input=${input}`,
  ];
}

function expectNothingPrivate(text: string, csrfToken: string) {
  expect(text).not.toContain(draft.versionId);
  expect(text).not.toContain(draft.slug);
  expect(text).not.toContain(DRAFTER);
  expect(text).not.toContain(csrfToken);
}

describe("break 1: the portal answer cache never serves a signed-in caller's answer", () => {
  it("an anonymous request for the URL a drafter just fetched gets no draft, username or CSRF token", async () => {
    for (const path of craftedUrls(draft.versionId)) {
      const signedIn = await request(server.url, path, { headers: { cookie: drafter.cookie } });
      const anonymous = await request(server.url, path);
      expectNothingPrivate(anonymous.text, drafter.csrfToken);
      // whatever the signed-in caller got, no cache on the way may keep it either
      expect(signedIn.headers.get("cache-control") ?? "", path).toContain("no-store");
    }
  });

  it("a cross-site page navigating a signed-in browser to the URL leaks nothing to the next visitor", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      // sign in inside the browser, so the session cookie lives in its jar
      await page.goto(`${server.url}/api/health.check`);
      const csrfToken = await page.evaluate(async (password) => {
        const response = await fetch("/api/auth.login", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "drafter-330800", password }),
        });
        const body = (await response.json()) as { result: { data: { csrfToken: string } } };
        return body.result.data.csrfToken;
      }, DEMO_PASSWORD);
      expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

      // an attacker's page (another site) sends the browser there by a top-level navigation,
      // which carries the SameSite=Lax cookie
      const [target] = craftedUrls(draft.versionId);
      const html = `<a id="go" href="${server.url}${target}">奖励</a>`;
      await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      await Promise.all([page.waitForURL(/\/api\/portal\./), page.click("#go")]);
      await page.waitForLoadState("load");
      await browser.screenshot(page, "security-break-1-crafted-url");

      // within the second a cache would keep it, an anonymous visitor asks for the same URL
      await sleep(100);
      const anonymous = await request(server.url, target!);
      expectNothingPrivate(anonymous.text, csrfToken);
    } finally {
      await browser.close();
    }
  });
});
