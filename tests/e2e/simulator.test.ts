// The simulator and the program's test cases in the workspace: 衢州's seeded program opens with
// its worked cases as test cases, all passing. Raising the 衢州工匠 tier from 2万元 to 8万元 turns
// two cases red (the 衢州工匠 case, and the 杰出工匠 case now out-ranked by the tier below it),
// each with expected vs actual and the clause, on the list and on the benefit block; undo turns
// them green. Then a 衢州青年工匠 is simulated and saved as a new test case, which the API keeps.
import { DEMO_PASSWORD } from "@jiangce/db";
import type { Program } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { apiClient } from "./api-client.ts";
import { watchErrors } from "./browser.ts";
import { login, sessionCookie, waitSaved } from "./editor-steps.ts";
import { journey } from "./journey.ts";

const REGION = "330800"; // 衢州市
const DRAFTER = `drafter-${REGION}`;

const env = journey();

describe("simulator and test cases", () => {
  it("a tier change turns two cases red with expected vs actual, undo turns them green; a simulated case is saved", async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await login(page, env.server.url, DRAFTER, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${REGION}`);
    await page
      .getByRole("link", { name: /衢州工匠培育工程/ })
      .first()
      .click();
    await page.locator(".workspace").waitFor();
    const right = page.locator(".inspector-pane");
    const summary = page.locator(".test-run-button");
    await summary.getByText("测试用例全部通过").waitFor();
    const total = Number((await summary.textContent())?.match(/（(\d+)个）/)?.[1]);
    expect(total).toBeGreaterThan(30);
    await right.getByRole("tab", { name: /测试用例/ }).click();
    await expect.poll(() => right.locator(".test-case.is-pass").count()).toBe(total);
    await env.browser.screenshot(page, "simulator-01-all-cases-pass");

    // select the tiered award in the document and raise the 衢州工匠 tier
    const block = page.locator(".block-frame", { hasText: "衢州工匠系列一次性经费支持" });
    await block.click();
    await right.getByRole("tab", { name: "属性" }).click();
    const tier = right
      .locator(".tier", { hasText: "衢州工匠" })
      .filter({ hasNotText: "青年" })
      .filter({ hasNotText: "杰出" })
      .filter({ hasNotText: "大工匠" });
    await tier.getByLabel("金额", { exact: true }).fill("80000");
    await tier.getByLabel("金额", { exact: true }).blur();

    await summary.getByText("2个未通过").waitFor();
    await right.getByRole("tab", { name: /测试用例/ }).click();
    const failed = right.locator(".test-case.is-fail");
    await expect.poll(() => failed.count()).toBe(2);
    const failures = await failed.locator(".test-check-failed").allTextContents();
    expect(failures).toContain(
      "二（一）2. 衢州工匠系列一次性经费支持：预期2万元（衢州工匠档），实际8万元（衢州工匠档）",
    );
    expect(failures).toContain(
      "二（一）2. 衢州工匠系列一次性经费支持：预期6万元（衢州杰出工匠档），实际8万元（衢州工匠档）",
    );
    // the same failures on the benefit block of the document
    await expect.poll(() => block.locator(".block-test-failures li").count()).toBe(2);
    await env.browser.screenshot(page, "simulator-02-two-cases-red");
    await waitSaved(page);

    // undo in the document restores the tier; the cases are green again
    await page.locator(".program-document .clause p").first().click();
    await page.keyboard.press("Control+z");
    await summary.getByText("测试用例全部通过").waitFor();
    await expect.poll(() => failed.count()).toBe(0);
    expect(await block.locator(".block-test-failures").count()).toBe(0);
    await env.browser.screenshot(page, "simulator-03-undo-green");

    // simulate a 衢州青年工匠 and save it as a test case
    await right.getByRole("tab", { name: "模拟计算" }).click();
    const simulator = right.locator(".simulator");
    await simulator.getByLabel("计算日期").fill("2022-06-30");
    await simulator.getByRole("checkbox", { name: "衢州青年工匠" }).check();
    const result = simulator.locator(".sim-result");
    await result.getByText("衢州工匠系列一次性经费支持（衢州青年工匠）").waitFor();
    expect(await result.locator(".sim-paid").first().textContent()).toContain("6000元");
    expect(await result.textContent()).toContain("差一点就能享受");
    await simulator.getByLabel("测试用例名称").fill("青年工匠（模拟）");
    await env.browser.screenshot(page, "simulator-04-simulated-young-craftsman");
    await simulator.getByRole("button", { name: "保存为测试用例" }).click();
    await summary.getByText(`测试用例全部通过（${total + 1}个）`).waitFor();
    await right.getByRole("tab", { name: /测试用例/ }).click();
    await right.locator(".test-case", { hasText: "青年工匠（模拟）" }).waitFor();
    await env.browser.screenshot(page, "simulator-05-saved-case");
    // a seeded case opens in the simulator with its applicant and date
    await right
      .locator(".test-case", { hasText: "衢州大工匠：一次性10万元" })
      .getByRole("button", { name: "在模拟中打开" })
      .click();
    await result.getByText("衢州工匠系列一次性经费支持（衢州大工匠）").waitFor();
    expect(await simulator.getByLabel("计算日期").inputValue()).toBe("2022-06-30");
    expect(await simulator.getByRole("checkbox", { name: "衢州大工匠" }).isChecked()).toBe(true);
    expect(await result.locator(".sim-paid").first().textContent()).toContain("10万元");
    await waitSaved(page);

    // the saved draft carries the case with what the program paid
    const api = apiClient(
      env.server.url,
      await sessionCookie(env.server.url, DRAFTER, DEMO_PASSWORD),
    );
    const programs = await api.program.list.query({ regionCode: REGION });
    const quzhou = programs.find((p) => p.title.includes("衢州工匠培育工程"))!;
    const detail = await api.program.get.query({ programId: quzhou.id });
    const latest = await api.version.get.query({ versionId: detail.latestVersionId! });
    const saved = (latest.document as Program).testCases!.find(
      (c) => c.name === "青年工匠（模拟）",
    )!;
    expect(saved).toMatchObject({
      asOf: "2022-06-30",
      profile: {
        kind: "person",
        regionCode: REGION,
        facts: { titles: ["quzhou-young-craftsman"] },
      },
      expected: [{ benefit: "craftsman-award", tier: "young", amountFen: 600000 }],
    });

    // the district view runs every test of every program the district owns
    await page.goto(`${env.server.url}/editor/d/${REGION}`);
    await page.getByRole("button", { name: "测试用例总览" }).click();
    const row = page.locator(".district-tests tr", { hasText: "衢州工匠培育工程" });
    await row.getByText(`测试用例全部通过（${total + 1}个）`).waitFor();
    expect(await page.locator(".district-tests-total").textContent()).toContain(
      `${total + 1}个通过，0个未通过`,
    );
    await env.browser.screenshot(page, "simulator-06-district-tests");
    expect(errors).toEqual([]);
  }, 180_000);
});
