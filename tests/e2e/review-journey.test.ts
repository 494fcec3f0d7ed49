// Review across roles: a drafter raises an amount and submits; the reviewer opens the
// comparison, reads the change sentence and the cost difference, comments and returns it; the
// drafter reads the comment in the workspace and resolves it, fixes, resubmits; the reviewer approves; the publisher publishes;
// the portal serves the new amount. The reviewer's and publisher's steps run in the env.browser.
import { join } from "node:path";
import { DEMO_PASSWORD } from "@jiangce/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiClient } from "./api-client.ts";
import { screenshotDir, watchErrors } from "./browser.ts";
import { login, session } from "./editor-steps.ts";
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

async function as(role: string) {
  const s = await session(env.server.url, `${role}-${REGION}`, DEMO_PASSWORD);
  return apiClient(env.server.url, s.cookie, s.csrfToken);
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

    // the drafter raises it to 30,000元 and submits
    const v2 = await drafter.version.save.mutate({
      programId: created.programId,
      baseVersionId: created.versionId,
      baseRevision: a1.revision + 1,
      document: document(30_000),
    });
    await drafter.version.submit.mutate({ versionId: v2.versionId, revision: v2.revision });

    // the reviewer reads the comparison in the browser
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await login(page, env.server.url, `reviewer-${REGION}`, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${REGION}`);
    // the reviewer's inbox holds the submitted program
    await page.getByText("待我审核（1）").click();
    await page.getByRole("link", { name: "区级工匠奖励办法" }).waitFor();
    await page.waitForTimeout(400); // the segmented control's thumb slides to the chosen inbox
    await page.screenshot({ path: join(screenshotDir, "review-inbox.png"), fullPage: true });
    await openCompare(page, created.programId);
    expect(page.url()).toContain(`from=${created.versionId}`);
    await page.getByRole("tab", { name: "经费测算" }).click();
    await page.getByText(/较上一稿增加30万元/u).waitFor();
    await page.screenshot({ path: join(screenshotDir, "review-compare-cost.png"), fullPage: true });
    await page.getByRole("tab", { name: /^修改/u }).click();
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

    // the drafter sees the comment in the workspace, jumps to its clause and resolves it
    // (one browser profile holds one session: the reviewer signs in again afterwards)
    await env.browser.context.clearCookies();
    const drafterPage = await env.browser.context.newPage();
    const drafterErrors = watchErrors(drafterPage);
    await login(drafterPage, env.server.url, `drafter-${REGION}`, DEMO_PASSWORD);
    await drafterPage.waitForURL(`**/editor/d/${REGION}`);
    await drafterPage.goto(`${env.server.url}/editor/d/${REGION}/p/${created.programId}`);
    await drafterPage.getByRole("button", { name: "意见 1", exact: true }).click();
    await drafterPage.getByText("请在条文中写明资金来源。").waitFor();
    await drafterPage.getByRole("button", { name: "条款 一、" }).click();
    await drafterPage.screenshot({ path: join(screenshotDir, "review-drafter-comments.png") });
    await drafterPage.getByRole("button", { name: "解决" }).click();
    await drafterPage.getByText("本版本没有待处理的意见").waitFor();
    await drafterPage.getByRole("button", { name: "意见 0", exact: true }).waitFor();
    const comments = await drafter.comment.list.query({ versionId: v2.versionId });
    expect(comments.find((c) => c.body === "请在条文中写明资金来源。")?.resolvedAt).toBeTruthy();
    expect(drafterErrors).toEqual([]);
    await drafterPage.close();
    await env.browser.context.clearCookies();
    await login(page, env.server.url, `reviewer-${REGION}`, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${REGION}`);

    // the drafter fixes and resubmits
    const current = await drafter.version.get.query({ versionId: v2.versionId });
    const fixed = document(30_000);
    fixed.clauses[0] = {
      ...fixed.clauses[0],
      text: `${fixed.clauses[0]?.text}所需资金由区人才专项资金列支。`,
    } as (typeof fixed.clauses)[0];
    const v3 = await drafter.version.save.mutate({
      programId: created.programId,
      baseVersionId: v2.versionId,
      baseRevision: current.revision,
      document: fixed,
    });
    await drafter.version.submit.mutate({ versionId: v3.versionId, revision: v3.revision });

    // the reviewer approves, the publisher publishes — each sees only their button
    await openCompare(page, created.programId);
    expect(await page.getByRole("button", { name: "发布" }).count()).toBe(0);
    await page.getByRole("button", { name: "审核通过" }).click();
    // the approval has landed (the button's own label would match any text wait at once)
    await expect
      .poll(async () => (await drafter.version.get.query({ versionId: v3.versionId })).state, {
        timeout: 30_000,
      })
      .toBe("approved");
    const publisherPage = await env.browser.context.newPage();
    await publisherPage.context().clearCookies();
    await login(publisherPage, env.server.url, `publisher-${REGION}`, DEMO_PASSWORD);
    await publisherPage.waitForURL(`**/editor/d/${REGION}`);
    await openCompare(publisherPage, created.programId);
    expect(await publisherPage.getByRole("button", { name: "审核通过" }).count()).toBe(0);
    await publisherPage.getByRole("button", { name: "发布", exact: true }).click();
    await publisherPage
      .getByText(/系统|发布/u)
      .last()
      .waitFor();
    await publisherPage.waitForTimeout(500);
    await publisherPage.screenshot({
      path: join(screenshotDir, "review-published.png"),
      fullPage: true,
    });

    // the portal serves the new amount
    const portal = apiClient(env.server.url).portal;
    const live = await portal.getProgram.query({ programId: created.programId });
    expect(JSON.stringify(live.document)).toContain('"fen":3000000');
    expect(errors).toEqual([]);
  });
});
