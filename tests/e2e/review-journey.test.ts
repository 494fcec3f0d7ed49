// Review across roles, through the screens: a drafter raises an amount in the workspace
// inspector and submits; the reviewer opens the comparison, reads the change sentence and the
// cost difference, states a volume in the 测算假设 form and sees the cost recomputed, comments
// and returns it; the drafter reads the comment in the workspace, resolves it, fixes the text and
// resubmits; the reviewer approves; the publisher publishes; the portal's calculator pays the new
// amount under the clause. Only the first version's set-up goes through the API.
import { join } from "node:path";
import { DEMO_PASSWORD } from "@jiangce/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiClient } from "./api-client.ts";
import { screenshotDir, watchErrors } from "./browser.ts";
import { login, pick, session, waitSaved } from "./editor-steps.ts";
import { journey } from "./journey.ts";

const REGION = "420112";
const env = journey();

function document(yuan: number) {
  return {
    id: "e2e-review",
    title: "区级工匠奖励办法",
    stage: "final",
    issuer: { regionCode: REGION, level: "district", name: "东西湖区" },
    validity: {
      issued: "2025-01-01",
      effective: { from: "issue" },
      expiry: { kind: "last-day", date: "2027-12-31" },
    },
    clauses: [
      {
        id: "award",
        citation: "一、",
        text: `每年评选区级工匠10名，对技师以上的区级工匠每人给予一次性奖励${yuan}元。`,
        benefits: [
          {
            id: "craftsman-award",
            matter: "district-craftsman-award",
            label: "区级工匠一次性奖励",
            recipient: "person",
            conditions: { fact: "skillLevel", op: "gte", value: "technician" },
            quota: { count: 10, cycleYears: 1 },
            amount: { kind: "fixed", fen: yuan * 100 },
          },
        ],
      },
      { id: "support", citation: "二、", text: "所需资金由区财政统筹安排。" },
    ],
  };
}

// one API session per account for the whole file: the server throttles repeated sign-ins
const clients = new Map<string, Promise<ReturnType<typeof apiClient>>>();
function as(role: string) {
  const known = clients.get(role);
  if (known) return known;
  const client = session(env.server.url, `${role}-${REGION}`, DEMO_PASSWORD).then((s) =>
    apiClient(env.server.url, s.cookie, s.csrfToken),
  );
  clients.set(role, client);
  return client;
}

async function openCompare(page: Page, programId: string) {
  await page.goto(`${env.server.url}/editor/d/${REGION}/p/${programId}`);
  await page.getByRole("link", { name: "对比与审核" }).click();
  try {
    await page.getByText("区级工匠一次性奖励 20,000元 → 30,000元").waitFor({ timeout: 30_000 });
  } catch (error) {
    await page.screenshot({
      path: join(screenshotDir, "review-compare-failed.png"),
      fullPage: true,
    });
    throw error;
  }
}

/** Signs the one browser profile in as another account (one profile holds one session). */
async function signIn(role: string): Promise<Page> {
  await env.browser.context.clearCookies();
  const page = await env.browser.context.newPage();
  await login(page, env.server.url, `${role}-${REGION}`, DEMO_PASSWORD);
  await page.waitForURL(`**/editor/d/${REGION}`);
  return page;
}

/** The drafter's workspace of the program, its document drawn. */
async function openWorkspace(page: Page, programId: string) {
  await page.goto(`${env.server.url}/editor/d/${REGION}/p/${programId}`);
  await page.locator(".workspace .block-frame").first().waitFor();
}

/** 提交审核 and the dialog's 提交; the workspace then shows the version in review. */
async function submit(page: Page) {
  await page.getByRole("button", { name: "提交审核" }).click();
  await page
    .locator(".ant-modal-confirm")
    .getByRole("button", { name: "提交", exact: true })
    .click();
  await page.locator(".version-state", { hasText: "审核中" }).waitFor();
}

/** Edits the clause text in the inspector (the clause chosen in the document). */
async function editClauseText(page: Page, text: string) {
  await page.locator(".program-document .clause p").first().click();
  const inspector = page.locator(".inspector-pane");
  await inspector.getByRole("tab", { name: "属性" }).click();
  const field = inspector.getByLabel("条款原文");
  await field.fill(text);
  await field.blur();
}

describe("review and publishing across roles", () => {
  it("from a raised amount to the portal paying it", async () => {
    const drafter = await as("drafter");
    const reviewerApi = await as("reviewer");
    const publisherApi = await as("publisher");
    // version 1, 20,000元, published by three different people
    const created = await drafter.program.create.mutate({
      regionCode: REGION,
      slug: "e2e-review",
      title: "区级工匠奖励办法",
      document: document(20_000),
    });
    const s1 = await drafter.version.submit.mutate({
      versionId: created.versionId,
      revision: created.revision,
    });
    const a1 = await reviewerApi.version.approve.mutate({
      versionId: created.versionId,
      revision: s1.revision,
    });
    await publisherApi.version.publish.mutate({
      versionId: created.versionId,
      revision: a1.revision,
    });

    // the drafter raises the award to 30,000元 in the inspector, words the text to match, submits
    const drafterPage = await signIn("drafter");
    const drafterErrors = watchErrors(drafterPage);
    await openWorkspace(drafterPage, created.programId);
    await drafterPage.locator(".block-frame", { hasText: "区级工匠一次性奖励" }).click();
    const inspector = drafterPage.locator(".inspector-pane");
    await inspector.getByRole("tab", { name: "属性" }).click();
    const amount = inspector.getByLabel("金额", { exact: true });
    await amount.fill("30000");
    await amount.blur();
    await editClauseText(drafterPage, document(30_000).clauses[0]?.text ?? "");
    await waitSaved(drafterPage);
    await env.browser.screenshot(drafterPage, "review-drafter-raised");
    await submit(drafterPage);
    await drafterPage.close();

    // the reviewer finds it in the inbox and reads the comparison
    const page = await signIn("reviewer");
    const errors = watchErrors(page);
    await page.getByText("待我审核（1）").click();
    await page.getByRole("link", { name: "区级工匠奖励办法" }).waitFor();
    await page.screenshot({ path: join(screenshotDir, "review-inbox.png"), fullPage: true });
    await openCompare(page, created.programId);
    expect(page.url()).toContain(`from=${created.versionId}`);
    await page.getByRole("tab", { name: "经费测算" }).click();
    // the text's quota (10名 a year) over 2025–2027: 10 × 1万元 more × 3 years
    await page.locator(".cost-headline", { hasText: "较上一稿增加30万元" }).waitFor();
    await page.screenshot({ path: join(screenshotDir, "review-compare-cost.png"), fullPage: true });

    // 测算假设: 12 a year instead of the quota; the headline and the working follow
    const costPanel = page.locator(".cost-panel");
    await costPanel.getByLabel("一、区级工匠一次性奖励 预计数量").fill("12");
    await costPanel.getByLabel("一、区级工匠一次性奖励 测算依据").fill("近三年平均获评人数");
    await costPanel.getByRole("button", { name: "保存并重新测算" }).click();
    await page
      .locator(".cost-headline", {
        hasText: "本稿预计2025–2027年共需资金108万元，较上一稿增加36万元",
      })
      .waitFor();
    await costPanel.locator(".ant-collapse-header", { hasText: "一、" }).click();
    await costPanel.getByText("数量按测算假设：每年12名（近三年平均获评人数）").waitFor();
    await costPanel.screenshot({ path: join(screenshotDir, "review-cost-working.png") });
    await page.screenshot({
      path: join(screenshotDir, "review-compare-assumptions.png"),
      fullPage: true,
    });
    await page.getByRole("tab", { name: /^修改/u }).click();
    // the outline names the clause, which has no heading, by its first words and its status
    await expect(page.locator(".compare-outline").textContent()).resolves.toBe(
      "一、 每年评选区级工匠10名修改",
    );
    await page.screenshot({ path: join(screenshotDir, "review-compare.png"), fullPage: true });

    // comments on the clause, then returns it with a reason
    await page.getByLabel("添加批注").fill("请在条文中写明资金来源。");
    await page.getByRole("button", { name: "批注", exact: true }).click();
    await page.getByText("东西湖区审核人：请在条文中写明资金来源。").waitFor();
    await page.getByRole("button", { name: "退回修改" }).click();
    await page.getByPlaceholder("请写明退回理由，起草人会看到").fill("见条款批注");
    await page.getByRole("button", { name: "退回", exact: true }).click();
    await page.getByText(/退回修改：见条款批注/u).waitFor();
    await page.screenshot({ path: join(screenshotDir, "review-returned.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();

    // the drafter sees the comment in the workspace, jumps to its clause and resolves it, then
    // writes where the money comes from and submits again
    const fixPage = await signIn("drafter");
    const fixErrors = watchErrors(fixPage);
    await openWorkspace(fixPage, created.programId);
    await fixPage.getByRole("button", { name: "意见 1", exact: true }).click();
    await fixPage.getByText("请在条文中写明资金来源。").waitFor();
    await fixPage.getByRole("button", { name: "条款 一、" }).click();
    await fixPage.screenshot({ path: join(screenshotDir, "review-drafter-comments.png") });
    await fixPage.getByRole("button", { name: "解决" }).click();
    await fixPage.getByText("本版本没有待处理的意见").waitFor();
    await fixPage.getByRole("button", { name: "意见 0", exact: true }).waitFor();
    await editClauseText(
      fixPage,
      `${document(30_000).clauses[0]?.text}所需资金由区人才专项资金列支。`,
    );
    await waitSaved(fixPage);
    await env.browser.screenshot(fixPage, "review-drafter-fixed");
    await submit(fixPage);
    expect([...drafterErrors, ...fixErrors]).toEqual([]);
    await fixPage.close();

    // the reviewer approves, the publisher publishes — each sees only their button
    const approvePage = await signIn("reviewer");
    const approveErrors = watchErrors(approvePage);
    await openCompare(approvePage, created.programId);
    await approvePage.getByText("所需资金由区人才专项资金列支").first().waitFor();
    expect(await approvePage.getByRole("button", { name: "发布" }).count()).toBe(0);
    await approvePage.getByRole("button", { name: "审核通过" }).click();
    // the approval has landed: the version's trail records it
    await approvePage
      .locator(".version-actions")
      .getByText(/东西湖区审核人 审核通过/u)
      .waitFor();
    await approvePage.close();
    const publisherPage = await signIn("publisher");
    const publishErrors = watchErrors(publisherPage);
    await openCompare(publisherPage, created.programId);
    expect(await publisherPage.getByRole("button", { name: "审核通过" }).count()).toBe(0);
    await publisherPage.getByRole("button", { name: "发布", exact: true }).click();
    await publisherPage
      .locator(".version-actions")
      .getByText(/东西湖区发布人 发布/u)
      .waitFor();
    await publisherPage.screenshot({
      path: join(screenshotDir, "review-published.png"),
      fullPage: true,
    });
    expect([...approveErrors, ...publishErrors]).toEqual([]);
    await publisherPage.close();

    // a 技师 asks the portal's calculator: 30,000元 under clause 一、 of the new version
    await env.browser.context.clearCookies();
    const portal = await env.browser.context.newPage();
    const portalErrors = watchErrors(portal);
    await portal.goto(`${env.server.url}/r/${REGION}/check`);
    await portal.locator(".kind-option", { hasText: "个人" }).click();
    await portal.getByLabel("显示全部问题").check();
    await portal
      .locator('[data-group="national"]')
      .getByLabel("职业技能等级（新八级工）")
      .selectOption({ label: "技师" });
    const award = portal.locator(".check-result .ent-card", { hasText: "区级工匠一次性奖励" });
    await award.first().waitFor();
    await expect(award.first().locator(".ent-amount").textContent()).resolves.toContain("3万元");
    const citation = award.first().locator("a.citation");
    await expect(citation.textContent()).resolves.toContain("一、");
    await expect(citation.getAttribute("href")).resolves.toContain(created.programId);
    await env.browser.screenshot(portal, "review-portal-pays", { fullPage: true });
    expect(portalErrors).toEqual([]);
    await portal.close();
  });

  it("asks for a horizon before costing an open-ended program, then costs it on the stated volume", async () => {
    const drafter = await as("drafter");
    const open = (yuan: number) => {
      const d = document(yuan);
      const [award, rest] = [d.clauses[0], d.clauses.slice(1)];
      return {
        ...d,
        id: "e2e-open",
        validity: { issued: "2025-01-01", effective: { from: "issue" }, expiry: { kind: "open" } },
        clauses: [
          {
            ...award,
            text: `对技师以上的区级工匠每人给予一次性奖励${yuan}元。`,
            benefits: award?.benefits?.map(({ quota: _quota, ...b }) => b),
          },
          ...rest,
        ],
      };
    };
    const created = await drafter.program.create.mutate({
      regionCode: REGION,
      slug: "e2e-open",
      title: "区级工匠长期奖励办法",
      document: open(20_000),
    });
    const named = await drafter.version.nameSnapshot.mutate({
      versionId: created.versionId,
      revision: created.revision,
      name: "征求意见稿",
    });
    await drafter.version.save.mutate({
      programId: created.programId,
      baseVersionId: created.versionId,
      baseRevision: named.revision,
      document: open(30_000),
    });

    const page = await signIn("reviewer");
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}/editor/d/${REGION}/p/${created.programId}/compare`);
    await page.getByRole("tab", { name: "经费测算" }).click();
    const costPanel = page.locator(".cost-panel");
    await costPanel.getByText("本方案有效期未规定：请填写测算截止年度").waitFor();
    await costPanel.getByText(/区级工匠一次性奖励：方案有效期未规定/u).waitFor();
    await costPanel.screenshot({ path: join(screenshotDir, "review-cost-needs-horizon.png") });
    // saving without the last year is refused on the form, with the reason
    await costPanel.getByRole("button", { name: "保存并重新测算" }).click();
    await costPanel.getByText("请填写测算截止年度（如“用五年时间”则为第五年）").waitFor();
    await costPanel.getByLabel("测算截止年度").fill("2027");
    // counts year by year over the horizon just stated
    await pick(page, costPanel.getByLabel("一、区级工匠一次性奖励 数量口径"), "分年度");
    const counts = { 2025: "2", 2026: "3", 2027: "4" };
    for (const [year, count] of Object.entries(counts))
      await costPanel.getByLabel(`一、区级工匠一次性奖励 ${year}年预计数量`).fill(count);
    await costPanel.getByRole("button", { name: "保存并重新测算" }).click();
    // 9 in all × 3万元, 1万元 more each than before
    await page
      .locator(".cost-headline", {
        hasText: "本稿预计2025–2027年共需资金27万元，较上一稿增加9万元",
      })
      .waitFor();
    await costPanel.locator(".ant-collapse-header", { hasText: "一、" }).click();
    await costPanel.getByText("数量按测算假设：2025年2名、2026年3名、2027年4名").waitFor();
    await costPanel.screenshot({ path: join(screenshotDir, "review-cost-open-ended.png") });

    // a seeded program of the district: one row per benefit and tier the estimate can use
    const reviewer = await as("reviewer");
    const seeded = (await reviewer.program.list.query({ regionCode: REGION })).find(
      (p) => p.slug !== "e2e-review" && p.slug !== "e2e-open" && p.publishedVersion,
    );
    const live = seeded?.publishedVersion?.id ?? "";
    const review = await reviewer.version.review.query({ fromVersionId: live, toVersionId: live });
    await page.goto(
      `${env.server.url}/editor/d/${REGION}/p/${seeded?.id}/compare?from=${live}&to=${live}`,
    );
    await page.getByRole("tab", { name: "经费测算" }).click();
    await expect
      .poll(() => page.locator(".cost-panel .assumption-row").count())
      .toBe(review.budget.inputs.length);
    await page.screenshot({ path: join(screenshotDir, "review-cost-seeded.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
