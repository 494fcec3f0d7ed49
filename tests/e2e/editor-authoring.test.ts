// A drafter authors a program from blank in the editor, without typing any expression: two
// clauses, a tiered award whose condition is built in the condition builder, a per-year
// allowance, a duration validity and 就高不重复; sees a validation error appear and clear, saves a
// 征求意见稿 snapshot and submits. The API then serves a program that validates and pays what
// the text says to two applicants.
import { DEMO_PASSWORD } from "@jiangce/db";
import { evaluate, validateProgram } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { apiClient } from "./api-client.ts";
import { screenshotDir, watchErrors } from "./browser.ts";
import { buildLevelCondition, login, pick, sessionCookie, waitSaved } from "./editor-steps.ts";
import { journey } from "./journey.ts";

const REGION = "420112"; // 东西湖区, a seeded district with a demo drafter
const DRAFTER = `drafter-${REGION}`;

const env = journey();

describe("authoring a program from blank", () => {
  it("builds, validates, snapshots and submits a program the engine then pays correctly", async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await login(page, env.server.url, DRAFTER, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${REGION}`);

    // 新建方案 · 空白方案
    await page.getByRole("button", { name: "新建方案" }).click();
    await page.getByLabel("方案标题").fill("东西湖区技能人才激励办法");
    await page.getByLabel("门户地址标识").fill("e2e-skills-incentive");
    await env.browser.screenshot(page, "authoring-01-create-dialog");
    await page.getByRole("button", { name: "创建并打开" }).click();
    await page.waitForURL(`**/editor/d/${REGION}/p/**`);
    await page.locator(".workspace").waitFor();
    await env.browser.screenshot(page, "authoring-02-blank-workspace");

    // programme level: issued date, effective from issue, 3 years, 就高不重复
    const inspector = page.locator(".inspector-pane");
    await inspector.getByLabel("印发日期").fill("2025-01-01");
    await inspector.getByLabel("印发日期").press("Enter");
    await inspector.getByText("自印发之日起").click();
    await inspector.getByText("有效期若干年/月").click();
    await inspector.getByLabel("年", { exact: true }).fill("3");
    await pick(
      page,
      inspector.getByLabel("同一方案内同一事项"),
      "就高不重复（同一事项只发最高一项）",
    );

    // clause 1: the validation error of an empty clause text appears, then clears
    await page.getByRole("button", { name: "新增条款" }).click();
    await inspector.getByLabel("条款编号").fill("一、");
    await inspector.getByLabel("标题").fill("工匠奖励");
    const textError = inspector.locator(
      '[data-path="clauses.0.text"] .ant-form-item-explain-error',
    );
    await textError.waitFor();
    expect(await textError.textContent()).toContain("请填写条款原文");
    await env.browser.screenshot(page, "authoring-03-validation-error");
    await inspector
      .getByLabel("条款原文")
      .fill("对获评区级工匠的，按技能等级分档给予一次性奖励：技师以上的给予3万元，其他给予1万元。");
    await textError.waitFor({ state: "detached" });

    // a tiered award; tier 1's condition built in the builder
    await page.locator(".clause-blocks-bar").getByRole("button", { name: "添加待遇" }).click();
    await inspector.getByLabel("待遇名称").fill("区级工匠一次性奖励");
    await inspector.getByText("分档（就高）").click();
    const tier1 = inspector.locator(".tier").nth(0);
    await tier1.getByLabel("档次名称").fill("技师以上");
    await buildLevelCondition(page, tier1, "职业技能等级（新八级工）", "技师");
    await expect
      .poll(() => tier1.locator(".condition-sentence").textContent())
      .toContain("职业技能等级（新八级工）达到技师");
    await tier1.getByLabel("金额", { exact: true }).fill("30000");
    await inspector.getByRole("button", { name: "添加档次" }).click();
    const tier2 = inspector.locator(".tier").nth(1);
    await tier2.getByLabel("档次名称").fill("其他工匠");
    await tier2.getByLabel("金额", { exact: true }).fill("10000");
    await env.browser.screenshot(page, "authoring-04-tiered-benefit");
    await tier1.screenshot({ path: `${screenshotDir}/authoring-04b-tier-condition.png` });

    // clause 2: a per-year allowance for 高级技师
    await page.getByRole("button", { name: "新增条款" }).click();
    await inspector.getByLabel("条款编号").fill("二、");
    await inspector.getByLabel("标题").fill("技能津贴");
    await inspector.getByLabel("条款原文").fill("对在本区工作的高级技师，每年给予技能津贴6000元。");
    await page.locator(".clause-blocks-bar").getByRole("button", { name: "添加待遇" }).click();
    await inspector.getByLabel("待遇名称").fill("高级技师技能津贴");
    await pick(page, inspector.getByLabel("发放周期"), "每年");
    const benefitConditions = inspector.locator('[data-path="clauses.1.benefits.0.conditions"]');
    await buildLevelCondition(page, benefitConditions, "职业技能等级（新八级工）", "高级技师");
    await inspector.getByLabel("金额", { exact: true }).fill("6000");
    await waitSaved(page);
    await env.browser.screenshot(page, "authoring-05-allowance-saved");

    // 征求意见稿, then submit (no errors left: warnings do not block)
    await page.getByRole("button", { name: "命名快照" }).click();
    await page.getByText("保存为征求意见稿").click();
    await page.locator(".snapshot-name", { hasText: "征求意见稿" }).waitFor();
    await env.browser.screenshot(page, "authoring-06-snapshot");
    const submit = page.getByRole("button", { name: "提交审核" });
    expect(await submit.isEnabled()).toBe(true);
    await submit.click();
    // the submit dialog states the test cases (none yet) before sending
    const dialog = page.locator(".ant-modal-confirm");
    await dialog.getByText("尚无测试用例").waitFor();
    await page.waitForTimeout(400); // the dialog's opening animation
    await env.browser.screenshot(page, "authoring-06b-submit-dialog");
    await dialog.getByRole("button", { name: "提交", exact: true }).click();
    await page.locator(".version-state", { hasText: "审核中" }).waitFor();
    await env.browser.screenshot(page, "authoring-07-submitted");
    expect(errors).toEqual([]);

    // what the API serves: a valid program that pays what the text says
    const api = apiClient(
      env.server.url,
      await sessionCookie(env.server.url, DRAFTER, DEMO_PASSWORD),
    );
    const list = await api.program.list.query({ regionCode: REGION });
    const created = list.find((p) => p.slug === "e2e-skills-incentive");
    expect(created?.latestVersion).toMatchObject({
      state: "in_review",
      snapshotName: "征求意见稿",
    });
    const version = await api.version.get.query({ versionId: created!.latestVersion!.id });
    const checked = validateProgram(version.document);
    expect(checked.issues).toEqual([]);
    const program = checked.ok ? checked.value : undefined;
    expect(program?.validity.expiry).toEqual({ kind: "duration", years: 3 });
    expect(program?.precedence.withinMatter).toBe("highest");

    const paid = (skillLevel: string) =>
      evaluate(
        [program],
        { id: skillLevel, kind: "person", regionCode: REGION, facts: { skillLevel } },
        "2025-06-01",
      )
        .entitlements.map((e) => [e.ref.label, e.amount, e.ref.period])
        .sort();
    // a 高级技师 is above 技师: the higher tier (3万元) and the yearly allowance (6000元)
    expect(paid("senior-technician")).toEqual([
      ["区级工匠一次性奖励", 3_000_000, "once"],
      ["高级技师技能津贴", 600_000, "per-year"],
    ]);
    // a 高级工 qualifies only for the lower tier
    expect(paid("senior")).toEqual([["区级工匠一次性奖励", 1_000_000, "once"]]);
  });
});
