import { readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "@jiangce/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gb18030 } from "../support/gb18030.ts";
import { watchErrors } from "./browser.ts";
import { journey } from "./journey.ts";

const env = journey();

/** Register lines past the first few: enough rows that the run's progress is seen moving. */
function fillerRows(from: number, count: number): string[] {
  const levels = ["初级工", "中级工", "学徒工"];
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = from + i;
    rows.push(`${n},工人${n},,${levels[i % 3]},某厂${i % 50},420112,,,`);
  }
  return rows;
}

const fillers = 40_000;

/** Open a tab and let its transition end (a screenshot mid-way shows the wrong tab lit). */
async function openTab(page: Page, name: RegExp) {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("tab", { name, selected: true }).waitFor();
  await page.waitForTimeout(400);
}

describe("roster matching in the back office", () => {
  it("uploads a GB18030 register, maps columns and values, runs it with progress, confirms the list and downloads it", async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}/editor/d/420112/roster`);
    await page.waitForURL("**/editor/login**");
    await page.getByLabel("用户名").fill("reviewer-420112");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL("**/editor/d/420112/roster");
    await page.getByText("点击或拖入名单文件").waitFor();
    await env.browser.screenshot(page, "editor-roster-upload");

    const csv = [
      "序号,姓名,身份证号,职业技能等级,工作单位,所在区,称号,竞赛级别,竞赛/奖项",
      "1,张三,110101199003074514,高级技师,=HYPERLINK(1),420112,武汉工匠,国家级,金牌",
      "2,李四,11010119900307451X,技师,某厂,420112,,,",
      "3,王五,420106199001011230,技师,某厂,420112,武汉市技术能手,,",
      "4,赵六,110101199003074514,大师傅,某厂,420112,武汉市技术能手,国家级,一等奖",
      "5,钱七,,高级技师,某厂,420112,,省级,参赛",
      ...fillerRows(6, fillers),
    ].join("\r\n");
    const file = {
      name: "东西湖区持证人员.csv",
      mimeType: "text/csv",
      buffer: gb18030(`${csv}\r\n`),
    };
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText("编码 GB18030").waitFor({ timeout: 60_000 });
    await page
      .getByText(`${(fillers + 5).toLocaleString("zh-CN")} 行`)
      .first()
      .waitFor();
    await expect
      .poll(() => page.locator(".ant-select-content").allTextContents())
      .toContain("职业技能等级（新八级工）");

    // values: 金牌 is recognised; staff map 一等奖 to 金牌 with the new control; 参赛 stays unknown
    const medal = page.locator(".roster-value-column", { hasText: "竞赛/奖项 →" });
    await expect.poll(() => medal.getByText("2 个值未对应").count()).toBe(1);
    await medal.getByRole("combobox", { name: "竞赛/奖项「一等奖」对应的值" }).click();
    await page.locator(".ant-select-dropdown:visible").getByTitle("金牌", { exact: true }).click();
    await expect.poll(() => medal.getByText("1 个值未对应").count()).toBe(1);
    await expect.poll(() => page.locator(".ant-select-dropdown:visible").count()).toBe(0);
    await env.browser.screenshot(page, "editor-roster-mapping", { fullPage: true });

    await page.getByRole("button", { name: "开始匹配" }).click();
    // the bar moves: an intermediate percentage is seen before the run is done
    const bar = page.getByRole("progressbar", { name: "匹配进度" });
    const seen = new Set<number>();
    let shot = false;
    const confirmButton = page.getByRole("button", { name: /确认名单/ });
    const deadline = Date.now() + 60_000;
    while (!(await confirmButton.isVisible()) && Date.now() < deadline) {
      const now = await bar.getAttribute("aria-valuenow", { timeout: 500 }).catch(() => null);
      if (now !== null) seen.add(Number(now));
      if (!shot && now !== null && Number(now) > 0 && Number(now) < 100) {
        shot = true;
        await env.browser.screenshot(page, "editor-roster-progress");
      }
      await page.waitForTimeout(50);
    }
    expect(
      [...seen].some((p) => p > 0 && p < 100),
      `percentages seen: ${[...seen]}`,
    ).toBe(true);
    await confirmButton.waitFor({ timeout: 60_000 });
    await page.getByRole("cell", { name: "张三" }).waitFor();
    await page.waitForTimeout(400); // the steps' and tabs' transitions
    await env.browser.screenshot(page, "editor-roster-results", { fullPage: true });

    await openTab(page, /未识别的值/);
    const unknownTable = page.getByRole("tabpanel", { name: /未识别的值/ });
    await unknownTable.getByText("参赛").waitFor();
    expect(await unknownTable.getByText("一等奖").count()).toBe(0); // mapped on the page
    await env.browser.screenshot(page, "editor-roster-unknown", { fullPage: true });
    await openTab(page, /无法计算/);
    await page.getByText("身份证号校验位不符").first().waitFor();
    await env.browser.screenshot(page, "editor-roster-failed", { fullPage: true });
    await openTab(page, /名单/);

    await confirmButton.click();
    await page.getByText(/已确认/).waitFor();
    await env.browser.screenshot(page, "editor-roster-confirmed", { fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV" }).click(),
    ]);
    const text = readFileSync((await download.path())!, "utf8");
    expect(text).toContain("张三");
    expect(text).toContain("'=HYPERLINK(1)");
    expect(text).not.toContain("王五"); // a wrong identity number: reported, never listed

    // a run can be stopped while it works: nothing of it is kept
    await page.reload();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole("button", { name: "开始匹配" }).click({ timeout: 60_000 });
    await expect
      .poll(async () => Number((await bar.getAttribute("aria-valuenow")) ?? 0), {
        timeout: 30_000,
        interval: 50,
      })
      .toBeGreaterThan(0);
    await page.getByRole("button", { name: "取消匹配" }).click();
    await page.getByText("已取消，未保留名单的任何内容").waitFor();
    await page.waitForTimeout(400);
    await env.browser.screenshot(page, "editor-roster-cancelled");
    await page.getByRole("button", { name: "重新上传名单" }).click();
    await page.getByText("点击或拖入名单文件").waitFor();
    expect(errors).toEqual([]);
  }, 180_000);
});
