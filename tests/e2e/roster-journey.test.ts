import { readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "@jiangce/db";
import { describe, expect, it } from "vitest";
import { watchErrors } from "./browser.ts";
import { journey } from "./journey.ts";

const env = journey();

/** GB18030 bytes of a text, through the decoder's own table (Node has no GB18030 encoder). */
function gb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...table.get(ch)!);
  }
  return Buffer.from(out);
}

describe("roster matching in the back office", () => {
  it("uploads a GB18030 register, maps it, runs it with progress, confirms the list and downloads it", async () => {
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
      "序号,姓名,身份证号,职业技能等级,工作单位,所在区,称号",
      "1,张三,110101199003074514,高级技师,=HYPERLINK(1),420112,武汉工匠",
      "2,李四,11010119900307451X,技师,某厂,420112,",
      "3,王五,420106199001011230,技师,某厂,420112,武汉市技术能手",
      "4,赵六,110101199003074514,大师傅,某厂,420112,武汉市技术能手",
    ].join("\r\n");
    await page.locator('input[type="file"]').setInputFiles({
      name: "东西湖区持证人员.csv",
      mimeType: "text/csv",
      buffer: gb18030(`${csv}\r\n`),
    });
    await page.getByText("编码 GB18030").waitFor();
    await expect
      .poll(() => page.locator(".ant-select-content").allTextContents())
      .toContain("职业技能等级（新八级工）");
    await env.browser.screenshot(page, "editor-roster-mapping", { fullPage: true });

    await page.getByRole("button", { name: "开始匹配" }).click();
    await page.getByRole("button", { name: /确认名单/ }).waitFor({ timeout: 60_000 });
    await env.browser.screenshot(page, "editor-roster-results", { fullPage: true });
    await page.getByRole("tab", { name: /无法计算/ }).click();
    await page.getByText("身份证号校验位不符").first().waitFor();
    await env.browser.screenshot(page, "editor-roster-failed", { fullPage: true });
    await page.getByRole("tab", { name: /名单/ }).click();

    await page.getByRole("button", { name: /确认名单/ }).click();
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
    expect(errors).toEqual([]);
  }, 180_000);
});
