// A city keeps its own titles in the back office and its programs use them: 衢州's admin adds
// 衢州市首席技师 to the 市 catalogue (事实目录); a drafter of 衢州 then picks it in the condition
// builder, grouped under 衢州市目录, and the problems panel shows no error for it. Once that
// program is published, swapping the levels it compares against is refused, naming it. The
// catalogue exports as JSON for the command line (--catalogues).
import { readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "@jiangce/db";
import { formatFen } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { apiClient } from "./api-client.ts";
import { watchErrors } from "./browser.ts";
import { login, pick, session, waitSaved } from "./editor-steps.ts";
import { journey } from "./journey.ts";

const CITY = "330800"; // 衢州市, seeded with demo accounts per role

const env = journey();

describe("a city's fact catalogue", () => {
  it("an admin adds a title to the 市 catalogue; a drafter picks it in the condition builder", async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);

    // the admin: 事实目录 → a new ordered fact with the city's title as a level → 保存目录
    await login(page, env.server.url, `admin-${CITY}`, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${CITY}`);
    await page.getByRole("link", { name: "事实目录" }).click();
    const own = page.locator(".own-catalogue");
    await own.getByRole("button", { name: "添加事实" }).click();
    await own.getByLabel("事实名").fill("quzhouTalentTitle");
    await own.getByLabel("中文名称").first().fill("衢州市人才称号");
    // levels lowest first: 衢州工匠 (its identifier typed), then 衢州市首席技师 (only its name:
    // the identifier follows it)
    await own.getByRole("button", { name: "添加可选值" }).first().click();
    await own.locator('[data-schema="facts[].values[].label"]').last().fill("衢州工匠");
    await own.getByLabel("取值标识").last().fill("quzhou-craftsman");
    await own.getByRole("button", { name: "添加可选值" }).first().click();
    await own.locator('[data-schema="facts[].values[].label"]').last().fill("衢州市首席技师");
    await expect(own.getByLabel("取值标识").last().inputValue()).resolves.toBe("衢州市首席技师");
    await page.getByRole("button", { name: "保存目录" }).and(page.locator(":enabled")).waitFor();
    await page.waitForTimeout(300); // the cleared field errors fade out
    await env.browser.screenshot(page, "catalogue-01-admin-adds-title", { fullPage: true });
    await page.getByRole("button", { name: "保存目录" }).click();
    await page.getByText("事实目录已保存").waitFor();
    await env.browser.screenshot(page, "catalogue-02-saved", { fullPage: true });
    // exported for the command line's scheduled roster jobs (--catalogues)
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出目录（JSON）" }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await file.path())!, "utf8"));
    expect(exported).toEqual([
      expect.objectContaining({
        regionCode: CITY,
        facts: [expect.objectContaining({ key: "quzhouTalentTitle" })],
      }),
    ]);
    expect(exported[0].facts[0].values.map((v: { label: string }) => v.label)).toEqual([
      "衢州工匠",
      "衢州市首席技师",
    ]);

    // the drafter: a program from the template, a benefit whose condition names the new title
    await page.getByRole("button", { name: "退出登录" }).click();
    await login(page, env.server.url, `drafter-${CITY}`, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${CITY}`);
    await page.getByRole("button", { name: "新建方案" }).click();
    await page.getByText("从模板（总体要求/主要举措/保障措施）").click();
    await page.getByLabel("方案标题").fill("衢州市首席技师激励办法");
    await page.getByRole("button", { name: "创建并打开" }).click();
    await page.locator(".workspace").waitFor();
    await page.locator(".outline-pane").getByText("工匠").first().click();
    await page.locator(".clause-blocks-bar").getByRole("button", { name: "添加待遇" }).click();
    const inspector = page.locator(".inspector-pane");
    await inspector.getByLabel("待遇名称").fill("首席技师一次性奖励");
    const conditions = inspector.locator('[data-path$=".conditions"]').first();
    await conditions.getByRole("button", { name: "添加条件" }).first().click();
    await page.locator(".ant-dropdown:visible").getByText("事实条件").click();
    const factPicker = conditions.getByLabel("事实", { exact: true }).last();
    await factPicker.click();
    await factPicker.pressSequentially("衢州市人才");
    // the inherited fact is offered under its source
    const group = page.locator(".ant-select-dropdown:visible .ant-select-item-group", {
      hasText: "衢州市目录",
    });
    await group.waitFor();
    await env.browser.screenshot(page, "catalogue-03-picker-groups-by-source");
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="衢州市人才称号"]')
      .click();
    await pick(page, conditions.getByLabel("比较值", { exact: true }).last(), "衢州市首席技师");
    await expect
      .poll(() => conditions.locator(".condition-sentence").textContent())
      .toContain("衢州市首席技师");
    await inspector.getByLabel("金额", { exact: true }).fill("20000");
    // in force from its date of issue (the template leaves the publication date open)
    await page.locator(".outline-pane").getByText("方案信息").click();
    await inspector.getByLabel("印发日期").fill("2025-01-01");
    await inspector.getByLabel("印发日期").press("Enter");
    await inspector.getByText("自印发之日起").click();

    // no error anywhere: the value is declared by the city's catalogue
    await page.locator(".problems-count").click();
    await page.getByText("没有发现问题").or(page.locator(".problems-list")).first().waitFor();
    expect(await page.locator(".problems-list").getByText("错误", { exact: true }).count()).toBe(0);
    expect(await page.locator(".problems-count .ant-badge").first().textContent()).toBe("0");
    await page.waitForTimeout(400); // the drawer's opening animation
    await env.browser.screenshot(page, "catalogue-04-problems-clean");
    await waitSaved(page);

    // the program goes through review and is published (through the API: not this journey's subject)
    const as = async (role: string) => {
      const s = await session(env.server.url, `${role}-${CITY}`, DEMO_PASSWORD);
      return apiClient(env.server.url, s.cookie, s.csrfToken);
    };
    const drafter = await as("drafter");
    const listed = await drafter.program.list.query({ regionCode: CITY });
    const versionId = listed.find((p) => p.title === "衢州市首席技师激励办法")?.latestVersion?.id;
    let { revision } = await drafter.version.get.query({ versionId: versionId ?? "" });
    const step = { versionId: versionId ?? "" };
    ({ revision } = await drafter.version.submit.mutate({ ...step, revision }));
    ({ revision } = await (await as("reviewer")).version.approve.mutate({ ...step, revision }));
    await (await as("publisher")).version.publish.mutate({ ...step, revision });

    // the public calculator asks for the city's title and pays for it, as the engine does
    const portal = await env.browser.context.newPage();
    await portal.goto(`${env.server.url}/r/${CITY}/check`);
    await portal.locator(".kind-option", { hasText: "个人" }).click();
    await portal.getByLabel("显示全部问题").check();
    await portal
      .locator(`[data-group="catalogue:${CITY}"]`)
      .getByLabel("衢州市人才称号")
      .selectOption({ label: "衢州市首席技师" });
    const award = portal.locator(".check-result .ent-card", { hasText: "首席技师一次性奖励" });
    await award.waitFor();
    expect(await award.locator(".ent-amount").textContent()).toContain(formatFen(2_000_000));
    await env.browser.screenshot(portal, "catalogue-05a-portal-pays-city-title", {
      fullPage: true,
    });
    await portal.close();

    // now the admin may not swap the levels the published program compares against
    await page.locator(".problems-count").press("Escape");
    await page.getByRole("button", { name: "退出登录" }).click();
    await login(page, env.server.url, `admin-${CITY}`, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${CITY}`);
    await page.getByRole("link", { name: "事实目录" }).click();
    await own.getByRole("button", { name: "下移" }).first().click();
    await page.getByRole("button", { name: "保存目录" }).click();
    const refusal = page.locator(".catalogue-refusal");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("《衢州市首席技师激励办法》");
    await env.browser.screenshot(page, "catalogue-05-reorder-refused", { fullPage: true });
    // the refused save answers 412, which the browser logs; nothing else went wrong
    expect(errors.filter((e) => !/status of 412/.test(e))).toEqual([]);
  });

  it("a district sees its city's catalogue read-only, by source, above its own", async () => {
    const admin = await session(env.server.url, "admin-420100", DEMO_PASSWORD);
    await apiClient(env.server.url, admin.cookie, admin.csrfToken).catalogue.save.mutate({
      regionCode: "420100",
      revision: 0,
      facts: [
        {
          key: "wuhanKeyIndustry",
          label: "武汉市重点产业",
          extends: false,
          type: "set",
          values: [
            { value: "optics", label: "光电子信息" },
            { value: "auto", label: "汽车制造和服务" },
          ],
        },
        {
          key: "titles",
          label: "荣誉称号",
          extends: true,
          values: [{ value: "wuhan-craftsman", label: "武汉工匠" }],
        },
      ],
    });
    const page = await env.browser.context.newPage();
    await login(page, env.server.url, "drafter-420112", DEMO_PASSWORD);
    await page.waitForURL("**/editor/d/420112");
    await page.getByRole("link", { name: "事实目录" }).click();
    const city = page.locator(".inherited-facts .ant-card", { hasText: "武汉市目录" });
    await city.waitFor();
    expect(await city.getByText("光电子信息").count()).toBe(1);
    expect(await city.getByText("扩展全国事实").count()).toBe(1);
    await env.browser.screenshot(page, "catalogue-06-district-inherits", { fullPage: true });
  });
});
