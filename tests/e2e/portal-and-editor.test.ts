// First journey: a fresh, seeded server; a citizen reads a district's programs on the portal;
// a drafter of that district logs in to the editor and sees the same programs.
import { DEMO_PASSWORD, SEED_REGION_CODES } from "@jiangce/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { apiClient } from "./api-client.ts";
import { type Browser, buildApps, launchBrowser, watchErrors } from "./browser.ts";

let server: StartedServer;
let browser: Browser;
let api: ReturnType<typeof apiClient>;
/** The district the journey follows: one with a demo account, preferably a district proper. */
let regionCode: string;

beforeAll(async () => {
  buildApps();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  api = apiClient(server.url);
  const publishing = await api.portal.listRegions.query();
  const withAccounts = publishing.filter((r) =>
    (SEED_REGION_CODES as readonly string[]).includes(r.code),
  );
  regionCode =
    (withAccounts.find((r) => r.level === "district") ?? withAccounts[0])?.code ??
    SEED_REGION_CODES[0];
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function textsOf(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((t) => t.trim());
}

describe("portal", () => {
  it("lists the districts that publish programs and, for one, its programs and their clauses", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const publishing = await api.portal.listRegions.query();

    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("选择您所在的地区");
    if (publishing.length === 0) {
      await page.getByText("目前还没有地区发布工匠人才政策").waitFor();
    } else {
      await page.locator(".province").first().waitFor();
      for (const region of publishing) {
        await expect(page.locator(`a[href="/r/${region.code}"]`).count()).resolves.toBe(1);
      }
    }
    await browser.screenshot(page, "portal-home", { fullPage: true });

    const programs = await api.portal.listPrograms.query({ regionCode });
    // the district's own programs first, then those of higher levels that cover it
    const ordered = [
      ...programs.filter((p) => !p.inherited),
      ...programs.filter((p) => p.inherited),
    ];
    const region = await api.region.get.query({ code: regionCode });
    if (publishing.some((r) => r.code === regionCode)) {
      await page.locator(`a[href="/r/${regionCode}"]`).click();
    } else {
      await page.goto(`${server.url}/r/${regionCode}`);
    }
    await page.waitForURL(`**/r/${regionCode}`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`${region.name}工匠人才政策`);
    expect(await page.title()).toBe(`${region.name}工匠人才政策 · 匠策`);
    if (programs.length === 0) {
      await page.getByText("暂无已发布的工匠人才政策").waitFor();
    } else {
      await page.locator(".program-card").first().waitFor();
      expect(await textsOf(page, ".program-card h3")).toEqual(ordered.map((p) => p.title));
      // every card states its validity once the documents have arrived
      await expect
        .poll(() => textsOf(page, ".program-card .validity"))
        .not.toContainEqual(expect.stringContaining("…"));
    }
    await browser.screenshot(page, "portal-district", { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot(page, "portal-district-mobile", { fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    const first = ordered[0];
    if (first) {
      const published = await api.portal.getProgram.query({ programId: first.programId });
      const clauses = (published.document as { clauses: { citation: string; text: string }[] })
        .clauses;
      await page.locator(".program-card").first().click();
      await expect.poll(() => page.locator("h1").textContent()).toBe(first.title);
      await page.locator(".clause").first().waitFor();
      expect(await page.locator(".clauses .clause h3").count()).toBe(clauses.length);
      const firstClause = clauses[0];
      if (firstClause) {
        await expect(
          page
            .locator(".clause p")
            .filter({ hasText: firstClause.text.slice(0, 30) })
            .count(),
        ).resolves.toBeGreaterThan(0);
      }
      await browser.screenshot(page, "portal-program");
      await browser.screenshot(page, "portal-program-full", { fullPage: true });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds a district without programs of its own by name and shows the higher levels' programs that cover it", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const [xialu] = await api.region.list.query({ query: "下陆区" });
    expect(xialu?.name).toBe("下陆区");
    const covering = await api.portal.listPrograms.query({ regionCode: xialu!.code });

    await page.goto(`${server.url}/`);
    await page.getByLabel("搜索地区").fill("下陆");
    await page.locator(`.search-results a[href="/r/${xialu!.code}"]`).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("下陆区工匠人才政策");
    await page.getByText("下陆区本级暂无已发布的政策").waitFor();
    expect(covering.every((p) => p.inherited)).toBe(true);
    if (covering.length > 0) await page.locator(".program-card").first().waitFor();
    expect(await textsOf(page, ".program-card h3")).toEqual(covering.map((p) => p.title));
    await browser.screenshot(page, "portal-search-district");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers unknown addresses in Chinese, without a stack trace", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/r/${regionCode}/p/no-such-program`);
    await page.getByText("该方案不存在或尚未发布").waitFor();
    await page.goto(`${server.url}/no/such/page`);
    await page.getByText("未找到该页面").waitFor();
    await browser.screenshot(page, "portal-not-found");
    await page.close();
  });
});

describe("editor", () => {
  it("sends a visitor to the login page, refuses a wrong password, shows the district's programs and a program's text, and signs out", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const username = `drafter-${regionCode}`;

    await page.goto(`${server.url}/editor/`);
    await page.waitForURL("**/editor/login**");
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect
      .poll(() => page.locator(".form-error").textContent())
      .toContain("用户名或密码错误");
    await browser.screenshot(page, "editor-login-refused");

    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(`**/editor/d/${regionCode}`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("方案列表");
    const here = await api.region.get.query({ code: regionCode });
    await expect.poll(() => page.locator(".district-select").textContent()).toContain(here.name);

    const cookie = (await browser.context.cookies(server.url))
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
    const listed = await apiClient(server.url, cookie).program.list.query({ regionCode });
    if (listed.length === 0) {
      await page.getByText("本地区还没有方案").waitFor();
    } else {
      await page.locator(".program-table tbody tr.ant-table-row").first().waitFor();
      expect(await textsOf(page, ".program-table td.title")).toEqual(listed.map((p) => p.title));
    }
    // the portal shows the published ones among them: the same programs, seen from both sides
    const onPortal = (await api.portal.listPrograms.query({ regionCode }))
      .filter((p) => !p.inherited)
      .map((p) => p.title);
    const published = listed.filter((p) => p.publishedVersion).map((p) => p.title);
    expect([...published].sort()).toEqual([...onPortal].sort());
    await browser.screenshot(page, "editor-programs");

    const opened = listed[0];
    if (opened) {
      await page.locator(".program-table td.title a").first().click();
      await page.waitForURL(`**/editor/d/${regionCode}/p/${opened.id}`);
      const version = await apiClient(server.url, cookie).version.get.query({
        versionId: opened.latestVersion!.id,
      });
      const clauses = (version.document as { clauses: { citation: string }[] }).clauses;
      await page.locator(".tiptap h1").waitFor();
      expect(await page.locator(".tiptap h1").textContent()).toBe(opened.title);
      expect(await page.locator(".tiptap h3").count()).toBe(clauses.length);
      // the program document is editable (the program page shows ProgramDocument)
      expect(await page.locator(".tiptap").getAttribute("contenteditable")).toBe("true");
      // nothing was edited: opening a program saves nothing
      expect(await page.locator('.save-status[data-status="saved"]').count()).toBe(1);
      await browser.screenshot(page, "editor-program");
    }

    // signing out ends the session; a deep link then asks for login and returns to the page
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL("**/editor/login**");
    const deepLink = opened ? `/editor/d/${regionCode}/p/${opened.id}` : `/editor/d/${regionCode}`;
    await page.goto(`${server.url}${deepLink}`);
    await page.waitForURL("**/editor/login?next=**");
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(`**${deepLink}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("server", () => {
  it("shuts down cleanly on SIGTERM", async () => {
    expect(await server.stop()).toBe(0);
    expect(server.output()).toContain("收到 SIGTERM，正在关闭");
    await expect(fetch(`${server.url}/api/health.check`)).rejects.toThrow();
  });
});
