// A program the server expired on its own (its last day passed) stays on the portal as an archive:
// listed and readable as 已失效 · 存档可查, never searched as in force, never paying in the
// calculator. The expiry is the server's own (expireLapsedVersions, run as the server's timer
// would on 2027-01-02) on the database the running server uses; the portal follows within its
// cache's lifetime.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expireLapsedVersions } from "@jiangce/api";
import { createDb } from "@jiangce/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { seriousViolations } from "./axe.ts";
import { type Browser, buildApps, launchBrowser, watchErrors } from "./browser.ts";

const DONGXIHU = "420112";
const WUHAN_AWARD = "“武汉工匠”一次性奖励";
let dir: string;
let server: StartedServer;
let browser: Browser;

beforeAll(async () => {
  buildApps();
  dir = mkdtempSync(join(tmpdir(), "jiangce-archived-"));
  const url = `file:${join(dir, "jiangce.db")}`;
  [server, browser] = await Promise.all([startServer({ databaseUrl: url }), launchBrowser()]);
  const db = createDb({ url });
  try {
    const expired = await expireLapsedVersions(db, new Date("2027-01-02T10:00:00+08:00"));
    expect(expired.length).toBeGreaterThan(0);
  } finally {
    await db.$disconnect();
  }
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function phonePage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

describe("a program expired by the server, on the portal", () => {
  it("is listed and readable as archived, and out of the search of programs in force", async () => {
    const page = await phonePage();
    const errors = watchErrors(page);
    const wuhan = page.locator(".program-card", { hasText: "武汉" });
    // the server's portal memo may hold the live answer for a moment (no LISTEN on SQLite)
    await expect
      .poll(
        async () => {
          await page.goto(`${server.url}/r/${DONGXIHU}`);
          return wuhan.locator(".state-tag").textContent();
        },
        { timeout: 10_000 },
      )
      .toBe("已失效 · 存档可查");
    // 东西湖区's own program is still in force
    const own = page.locator(".program-card", { hasText: "东西湖区人民政府" });
    await expect(own.locator(".state-tag").textContent()).resolves.not.toContain("已失效");
    expect(await seriousViolations(page)).toEqual([]);
    await browser.screenshot(page, "archived-district-home", { fullPage: true });

    const title = (await wuhan.locator("h3").textContent()) ?? "";
    // while 武汉's program is in force this finds its clauses (portal-journeys.test.ts)
    await page.getByLabel("搜索施行中的政策条款和待遇").fill("世界技能大赛 直接评定");
    const answer = page.locator(".program-search [aria-live]");
    await answer.waitFor();
    await expect.poll(() => answer.textContent()).not.toContain("正在载入");
    const hits = await page.locator(".search-hits li").allTextContents();
    expect(title).not.toBe("");
    expect(hits.some((t) => t.includes(`《${title}》`))).toBe(false);

    await wuhan.click();
    await page.locator("[id^=clause-]").first().waitFor();
    await expect(page.locator(".program-head .state-tag").textContent()).resolves.toBe(
      "已失效 · 存档可查",
    );
    await expect(page.locator(".archived-note").textContent()).resolves.toContain("存档");
    expect(await page.locator(".benefit-card").count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await browser.screenshot(page, "archived-program-page");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("pays nothing under it in the calculator, today", async () => {
    const page = await phonePage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/r/${DONGXIHU}/check`);
    await page.locator(".kind-option", { hasText: "个人" }).click();
    await page.getByLabel("显示全部问题").check();
    await page.locator(".check-result").waitFor();
    // the 武汉 titles are not even asked: the archived program is not evaluated
    expect(await page.getByLabel("武汉工匠", { exact: true }).count()).toBe(0);
    await expect(
      page.locator(".check-result .ent-card", { hasText: WUHAN_AWARD }).count(),
    ).resolves.toBe(0);
    const evaluated = await page.locator(".program-status li").allTextContents();
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.some((t) => t.includes("武汉"))).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await browser.screenshot(page, "archived-calculator", { fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
