// A drafter builds 年龄35周岁以下 and 等级须高于此前已申领的等级 in the condition builder, without
// code: the comparison row's 比较对象 switches to years since the birth date or to another value.
import { DEMO_PASSWORD } from "@jiangce/db";
import { describe, expect, it } from "vitest";
import { screenshotDir, watchErrors } from "./browser.ts";
import { login, pick } from "./editor-steps.ts";
import { journey } from "./journey.ts";

const REGION = "420112";
const env = journey();

describe("time-relative conditions in the builder", () => {
  it("builds 出生日期距计算日（整年）不高于35年 and 职业技能等级高于申领记录中申领等级的最高值", async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await login(page, env.server.url, `drafter-${REGION}`, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${REGION}`);
    await page.getByRole("button", { name: "新建方案" }).click();
    await page.getByLabel("方案标题").fill("东西湖区青年技能人才办法");
    await page.getByLabel("门户地址标识").fill("e2e-relative-conditions");
    await page.getByRole("button", { name: "创建并打开" }).click();
    await page.locator(".workspace").waitFor();
    const inspector = page.locator(".inspector-pane");
    await page.getByRole("button", { name: "新增条款" }).click();
    await inspector.getByLabel("条款原文").fill("对35周岁以下、新取得更高等级的技能人才给予奖励。");
    await page.locator(".clause-blocks-bar").getByRole("button", { name: "添加待遇" }).click();
    await inspector.getByLabel("待遇名称").fill("青年技能人才奖励");

    const builder = inspector.locator(".condition-builder").first();
    for (const _ of [1, 2]) {
      await builder.getByRole("button", { name: "添加条件" }).first().click();
      await page.locator(".ant-dropdown:visible").getByText("事实条件").click();
    }
    const rows = builder.locator(".comparison");
    await pick(page, rows.nth(0).getByLabel("事实", { exact: true }), "出生日期", "出生");
    await pick(page, rows.nth(0).getByLabel("比较对象"), "按距计算日的年数比较（整年）");
    await pick(page, rows.nth(0).getByLabel("比较方式"), "不高于"); // 以下 includes 35
    await rows.nth(0).getByLabel("比较值").fill("35");
    await pick(
      page,
      rows.nth(1).getByLabel("事实", { exact: true }),
      "职业技能等级（新八级工）",
      "职业",
    );
    await pick(page, rows.nth(1).getByLabel("比较对象"), "与另一项比较");
    await pick(page, rows.nth(1).getByLabel("比较方式"), "高于");
    await pick(page, rows.nth(1).getByLabel("比较的另一项"), "申领记录中申领等级的最高值", "申领");
    const sentence = builder.locator(".condition-sentence");
    await expect.poll(() => sentence.textContent()).toContain("出生日期距计算日（整年）不高于35年");
    expect(await sentence.textContent()).toContain(
      "职业技能等级（新八级工）高于申领记录中申领等级的最高值",
    );
    // the last picker's dropdown fades out: shoot the row, not the closing list
    await page.waitForFunction(
      () => !document.querySelector(".ant-select-dropdown:not(.ant-select-dropdown-hidden)"),
    );
    await builder.screenshot({ path: `${screenshotDir}/relative-condition-builder.png` });
    await env.browser.screenshot(page, "relative-condition-workspace");
    expect(errors).toEqual([]);
  });
});
