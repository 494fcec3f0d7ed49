// Journeys at phone size through the stepwise calculator and the district's pages: what a
// worker of 东西湖区 sees, a 衢州 WorldSkills gold medallist answering a few questions, two
// 衢州 craftsman tiers (only the higher paid), near misses, a shared result reopened in a fresh
// browser, an expired program paying nothing. axe-core audits every page on the way.
import { DEMO_PASSWORD } from "@jiangce/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { type Browser, launchBrowser, watchErrors } from "./browser.ts";
import { journey } from "./journey.ts";

const DONGXIHU = "420112";
const QUZHOU = "330802"; // 衢州市柯城区

const env = journey();

async function phonePage(b: Browser = env.browser): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Starts the calculator as a person; returns the question shown. */
async function startAsPerson(page: Page, region: string) {
  await page.goto(`${env.server.url}/r/${region}/check`);
  await page.locator(".kind-option", { hasText: "个人" }).click();
  await page.locator("[data-question]").waitFor();
}

const question = (page: Page) => page.locator("[data-question]").getAttribute("data-question");

describe("portal journeys on a phone", () => {
  it("sends the district, program and calculator pages with their content, before any script runs", async () => {
    const html = async (path: string) => {
      const response = await fetch(`${env.server.url}${path}`);
      expect(response.status).toBe(200);
      return response.text();
    };
    const district = await html(`/r/${DONGXIHU}`);
    expect(district).toContain('class="program-card');
    expect(district).toContain("东西湖区人民政府");
    expect(district).toContain('id="portal-data"');
    const listed = (await (
      await fetch(
        `${env.server.url}/api/portal.listPrograms?input=${encodeURIComponent(JSON.stringify({ regionCode: DONGXIHU }))}`,
      )
    ).json()) as { result: { data: { programId: string; title: string }[] } };
    const first = listed.result.data[0]!;
    const program = await html(`/r/${DONGXIHU}/p/${first.programId}`);
    expect(program).toContain('id="clause-');
    expect(program).toContain(first.title);
    expect(await html(`/r/${DONGXIHU}/check`)).toContain("kind-picker");
    // a program never published is no page: 404, the browser then says so
    expect((await fetch(`${env.server.url}/r/${DONGXIHU}/p/never-published`)).status).toBe(404);
  });

  it("shows a 东西湖区 worker the programs of 武汉 and 东西湖区, not 黄石's, with validity badges", async () => {
    const page = await phonePage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}/r/${DONGXIHU}`);
    await page.locator(".program-list .program-card").first().waitFor();
    const titles = await page.locator(".program-card h3").allTextContents();
    const issuers = await page.locator(".program-card").allTextContents();
    expect(issuers.some((t) => t.includes("东西湖区"))).toBe(true);
    expect(issuers.some((t) => t.includes("武汉市"))).toBe(true);
    expect(issuers.some((t) => t.includes("黄石"))).toBe(false);
    expect(titles.length).toBeGreaterThanOrEqual(2);
    await page.locator(".program-card .state-tag").first().waitFor();
    await expectAccessible(page);
    await env.browser.screenshot(page, "journey-dongxihu-home", { fullPage: true });

    // search the clauses in force, Chinese words not side by side in the text
    await page.getByLabel("搜索施行中的政策条款和待遇").fill("世界技能大赛 直接评定");
    const hits = page.locator(".search-hits li");
    await hits.first().waitFor();
    const found = await hits.allTextContents();
    expect(found.some((t) => t.includes("武汉工匠"))).toBe(true);
    expect(found.some((t) => t.includes("黄石"))).toBe(false);
    await expect(hits.first().locator("a").getAttribute("href")).resolves.toMatch(/#clause-/);
    await expectAccessible(page);
    await env.browser.screenshot(page, "journey-search");
    await page.getByLabel("搜索施行中的政策条款和待遇").fill("");

    await page.locator(".program-card").first().click();
    await page.locator("[id^=clause-]").first().waitFor();
    // each benefit a card: who receives, who pays
    const card = page.locator(".benefit-card").first();
    await expect(card.textContent()).resolves.toMatch(/享受对象.*支付方/);
    await expectAccessible(page);
    await env.browser.screenshot(page, "journey-program-page");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the 总体目标 of 黄石's program as figures", async () => {
    const page = await phonePage();
    await page.goto(`${env.server.url}/r/420200`);
    await page.locator(".program-card", { hasText: "黄石" }).first().click();
    const figures = page.locator(".target-figures li");
    await figures.first().waitFor();
    await expect(figures.count()).resolves.toBeGreaterThan(0);
    await expect(figures.first().locator("strong").textContent()).resolves.toMatch(/\d/);
    await expectAccessible(page);
    await env.browser.screenshot(page, "journey-program-targets");
    await page.close();
  });

  let sharedUrl = "";
  let sharedTotal = "";
  let sharedAsOf = "";

  it("brings a 衢州 WorldSkills gold medallist to 1,000,000元, clause cited, in at most 5 questions", async () => {
    const page = await phonePage();
    const errors = watchErrors(page);
    await startAsPerson(page, QUZHOU);
    await expectAccessible(page);
    await env.browser.screenshot(page, "journey-quzhou-first-question");

    const award = page.locator(".check-result .ent-card", { hasText: "世界技能大赛" });
    let asked = 0;
    while ((await award.count()) === 0 && asked < 5) {
      const fact = await question(page);
      if (fact === "competitions") {
        await page.getByRole("button", { name: /添加一项/ }).click();
        const row = page.locator('[data-fact="competitions"] [data-row="0"]');
        await row.getByLabel("赛事", { exact: true }).selectOption({ label: "世界技能大赛" });
        await row.getByLabel("奖牌").selectOption({ label: "金牌" });
        await row.getByLabel("年份").fill("2025");
      }
      await page.getByRole("button", { name: "下一题" }).click();
      asked++;
    }
    await award.first().waitFor();
    expect(asked).toBeLessThanOrEqual(5);
    await expect(award.first().locator(".ent-amount").textContent()).resolves.toContain("100万元");
    const citation = award.first().locator("a.citation");
    await expect(citation.textContent()).resolves.toContain("二（二）6.");
    await expect(citation.getAttribute("href")).resolves.toMatch(/\/p\/.+#clause-/);

    // near misses: what else was close, in the engine's words
    const near = page.locator(".near-miss");
    await near.first().waitFor();
    await expect(near.first().textContent()).resolves.toMatch(/还差：/);
    await expectAccessible(page);
    await page.evaluate(
      "window.scrollBy(0, document.querySelector('.result-summary').getBoundingClientRect().top - 10)",
    );
    await env.browser.screenshot(page, "journey-quzhou-gold-result");
    await env.browser.screenshot(page, "journey-quzhou-gold-full", { fullPage: true });

    // the answers are in the fragment only
    sharedUrl = page.url();
    expect(new URL(sharedUrl).hash).toMatch(/^#answers=/);
    sharedTotal = (await page.locator(".result-total").textContent()) ?? "";
    sharedAsOf = (await page.locator(".check-result").getAttribute("data-as-of")) ?? "";
    expect(decodeURIComponent(new URL(sharedUrl).hash)).toContain(`"d":"${sharedAsOf}"`);
    expect(sharedTotal).toContain("100");

    // going back to change an answer: the award goes when the medal does
    await page.locator('[data-asked="competitions"] button').click();
    await page.locator('[data-question="competitions"]').waitFor();
    await page
      .locator('[data-fact="competitions"] [data-row="0"]')
      .getByLabel("奖牌")
      .selectOption({ label: "银牌" });
    await expect.poll(() => award.first().locator(".ent-amount").textContent()).toContain("50万元");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reopens a shared result in a fresh browser", async () => {
    expect(sharedUrl).not.toBe("");
    const fresh = await launchBrowser();
    try {
      const page = await phonePage(fresh);
      await page.goto(sharedUrl);
      await page.locator(".check-result .result-total").waitFor();
      await expect(page.locator(".result-total").textContent()).resolves.toBe(sharedTotal);
      // the date it was computed for travels with the link
      await expect(page.locator(".check-result").getAttribute("data-as-of")).resolves.toBe(
        sharedAsOf,
      );
      await expect(
        page.locator(".check-result .ent-card", { hasText: "世界技能大赛" }).first().textContent(),
      ).resolves.toContain("100万元");
      await fresh.screenshot(page, "journey-shared-result");
      // the print layout keeps the answers and the result, drops the controls
      await page.emulateMedia({ media: "print" });
      await expect(page.locator(".kind-picker").isVisible()).resolves.toBe(false);
      await expect(page.locator(".asked-list").isVisible()).resolves.toBe(true);
      await expect(page.locator(".result-total").isVisible()).resolves.toBe(true);
      await fresh.screenshot(page, "journey-print", { fullPage: true });
    } finally {
      await fresh.close();
    }
  });

  it("pays only the higher of two 衢州 craftsman tiers and says why the other is not", async () => {
    const page = await phonePage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}/r/${QUZHOU}/check`);
    await page.locator(".kind-option", { hasText: "个人" }).click();
    await page.getByLabel("显示全部问题").check();
    await page.getByLabel("衢州工匠", { exact: true }).check();
    await page.getByLabel("衢州杰出工匠", { exact: true }).check();
    const paid = page.locator(".check-result > .ent-list .ent-card", { hasText: "衢州工匠系列" });
    await expect.poll(() => paid.count()).toBe(1);
    await expect(paid.locator(".ent-amount").textContent()).resolves.toContain("6万元");
    const excluded = page.locator(".excluded-list .ent-card", { hasText: "衢州工匠系列" });
    await expect(excluded.count()).resolves.toBe(1);
    await expect(excluded.locator(".ent-excluded-reason").textContent()).resolves.toMatch(/就高/);
    await expectAccessible(page);
    await page.evaluate(
      "window.scrollBy(0, document.querySelector('.excluded-list').getBoundingClientRect().top - 10)",
    );
    await env.browser.screenshot(page, "journey-quzhou-two-tiers");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an expired program as no longer applying and pays nothing under it", async () => {
    const page = await phonePage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}/r/${DONGXIHU}/check`);
    await page.locator(".kind-option", { hasText: "个人" }).click();
    await page.getByLabel("显示全部问题").check();
    await page.getByLabel("武汉工匠", { exact: true }).check();
    const wuhanAward = page.locator(".check-result .ent-card", { hasText: "“武汉工匠”一次性奖励" });
    await expect.poll(() => wuhanAward.count()).toBe(1);
    // a day after the 武汉 program's last day
    await page.getByLabel("计算日期").fill("2027-01-01");
    await expect
      .poll(() => page.locator(".check-result").getAttribute("data-as-of"))
      .toBe("2027-01-01");
    await expect(wuhanAward.count()).resolves.toBe(0);
    const wuhan = page.locator(".program-status li", { hasText: "武汉工匠" });
    await expect(wuhan.locator(".state-tag").textContent()).resolves.toBe("已失效");
    await env.browser.screenshot(page, "journey-expired", { fullPage: true });
    expect(errors).toEqual([]);
    await page.close();

    // a visitor in January 2027: the district home shows 武汉's program as archived, still
    // readable, and the calculator (today by default) pays nothing under it
    const later = await phonePage();
    await later.clock.setFixedTime(new Date("2027-01-15T10:00:00+08:00"));
    await later.goto(`${env.server.url}/r/${DONGXIHU}`);
    const wuhanCard = later.locator(".program-card", { hasText: "武汉工匠" });
    await expect
      .poll(() => wuhanCard.locator(".state-tag").textContent())
      .toBe("已失效 · 存档可查");
    await expectAccessible(later);
    await env.browser.screenshot(later, "journey-archived-badge", { fullPage: true });
    await wuhanCard.click();
    await later.locator("[id^=clause-]").first().waitFor();
    await expect(later.locator(".program-head .state-tag").textContent()).resolves.toBe(
      "已失效 · 存档可查",
    );
    await later.goto(`${env.server.url}/r/${DONGXIHU}/check`);
    await later.locator(".kind-option", { hasText: "个人" }).click();
    await later.getByLabel("显示全部问题").check();
    await later.getByLabel("武汉工匠", { exact: true }).check();
    await expect
      .poll(() => later.locator(".check-result").getAttribute("data-as-of"))
      .toBe("2027-01-15");
    await expect(
      later.locator(".check-result .ent-card", { hasText: "“武汉工匠”一次性奖励" }).count(),
    ).resolves.toBe(0);
    await later.close();
  });

  it("lets a district admin configure the portal in the back office, and the portal home shows it", async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}/editor/login`);
    await page.getByLabel("用户名").fill(`admin-${DONGXIHU}`);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(`**/editor/d/${DONGXIHU}`);
    await page.goto(`${env.server.url}/editor/d/${DONGXIHU}/portal-settings`);
    await page.getByLabel("门户名称").fill("东西湖工匠政策服务");
    await page.getByLabel("主题颜色").fill("#1d4e89");
    await page.getByLabel("联系方式").fill("区人社局职业能力建设科 027-83891234");
    await page.getByLabel("门户公告").fill("2026年度工匠申报已开始，截至12月31日。");
    await page.getByRole("button", { name: /^保\s*存$/ }).click();
    await page.getByText("门户设置已保存").waitFor();
    await env.browser.screenshot(page, "editor-portal-settings");
    await page.close();

    const portal = await phonePage();
    await portal.goto(`${env.server.url}/r/${DONGXIHU}`);
    await expect.poll(() => portal.locator("h1").textContent()).toBe("东西湖工匠政策服务");
    await expect(portal.locator(".district-notice").textContent()).resolves.toContain("申报已开始");
    await expect(portal.locator(".district-contact").textContent()).resolves.toContain(
      "027-83891234",
    );
    await portal.locator(".program-card").first().waitFor();
    await expectAccessible(portal);
    await env.browser.screenshot(portal, "journey-district-configured", { fullPage: true });
    expect(errors).toEqual([]);
    await portal.close();
  });

  it("reflows at 320 CSS pixels (200% zoom of a small phone) without sideways scrolling", async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const paths = [
      "/",
      `/r/${DONGXIHU}`,
      `/r/${QUZHOU}/check#answers=${encodeURIComponent(JSON.stringify({ k: "person", v: { titles: ["quzhou-craftsman", "quzhou-outstanding-craftsman"] }, n: ["titles"], all: true }))}`,
    ];
    for (const path of paths) {
      await page.goto(`${env.server.url}${path}`);
      await page.locator("h1").waitFor();
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate<number>(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await env.browser.screenshot(page, "journey-reflow-320", { fullPage: true });
    await page.close();
  });
});
