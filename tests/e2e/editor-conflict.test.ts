// Two drafters edit one draft at the same time. The second save is stale: the editor shows what
// the other drafter changed, clause by clause; after merging, both people's text is saved.
import { DEMO_PASSWORD } from "@jiangce/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { apiClient } from "./api-client.ts";
import { type Browser, buildApps, launchBrowser, watchErrors } from "./browser.ts";
import { login, session, waitSaved } from "./editor-steps.ts";

const REGION = "420112";
const FIRST = `drafter-${REGION}`;
const SECOND = "drafter-two-420112";

let server: StartedServer;
let first: Browser;
let second: Browser;

beforeAll(async () => {
  buildApps();
  [server, first, second] = await Promise.all([startServer(), launchBrowser(), launchBrowser()]);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await server?.stop();
});

async function editClauseText(page: Page, index: number, text: string) {
  // the outline's first node is the program's information, then the clauses in order
  await page
    .locator(".outline .ant-tree-node-content-wrapper")
    .nth(index + 1)
    .click();
  await page.locator(".inspector-pane").getByLabel("条款原文").fill(text);
}

describe("two drafters on one draft", () => {
  it("shows the second drafter the conflict clause by clause and loses nothing typed", async () => {
    // a second drafter of the district, created by its administrator
    const admin = await session(server.url, `admin-${REGION}`, DEMO_PASSWORD);
    await apiClient(server.url, admin.cookie, admin.csrfToken).user.create.mutate({
      username: SECOND,
      displayName: "第二起草人",
      password: DEMO_PASSWORD,
      regionCode: REGION,
      role: "drafter",
    });
    const author = await session(server.url, FIRST, DEMO_PASSWORD);
    const api = apiClient(server.url, author.cookie, author.csrfToken);
    const created = await api.program.create.mutate({
      regionCode: REGION,
      slug: "e2e-two-drafters",
      title: "两人协作的方案",
      document: {
        id: "e2e-two-drafters",
        title: "两人协作的方案",
        stage: "comment-draft",
        issuer: { regionCode: REGION, level: "district", name: "东西湖区" },
        validity: { effective: { from: "publication" }, expiry: { kind: "open" } },
        clauses: [
          { id: "award", citation: "一、", text: "对区级工匠给予奖励。" },
          { id: "allowance", citation: "二、", text: "对高级技师给予津贴。" },
        ],
      },
    });

    const pageA = await first.context.newPage();
    const pageB = await second.context.newPage();
    const errorsA = watchErrors(pageA);
    const errorsB = watchErrors(pageB);
    const url = `${server.url}/editor/d/${REGION}/p/${created.programId}`;
    await login(pageA, server.url, FIRST, DEMO_PASSWORD);
    await login(pageB, server.url, SECOND, DEMO_PASSWORD);
    await pageA.waitForURL(`**/editor/d/${REGION}`);
    await pageB.waitForURL(`**/editor/d/${REGION}`);
    await Promise.all([pageA.goto(url), pageB.goto(url)]);
    await pageA.locator(".tiptap").waitFor();
    await pageB.locator(".tiptap").waitFor();

    // A changes clause 一 and saves first
    await editClauseText(pageA, 0, "对区级工匠给予一次性奖励3万元（甲修改）。");
    await waitSaved(pageA);
    await first.screenshot(pageA, "conflict-01-first-saved");

    // B, still on the old revision, changes clause 二: the save is stale
    await editClauseText(pageB, 1, "对高级技师每年给予津贴6000元（乙修改）。");
    const view = pageB.locator(".conflict-view");
    await view.waitFor();
    await expect.poll(() => view.locator(".conflict-unit").count()).toBe(2);
    const award = view.locator('[data-unit="award"]');
    const allowance = view.locator('[data-unit="allowance"]');
    expect(await award.textContent()).toContain("对方修改");
    expect(await award.textContent()).toContain("（甲修改）");
    expect(await allowance.textContent()).toContain("我修改");
    expect(await allowance.textContent()).toContain("（乙修改）");
    await second.screenshot(pageB, "conflict-02-conflict-view");

    // keep mine for 二, take theirs for 一 (what the view proposes), then save the merge
    await pageB.getByRole("button", { name: "合并后保存" }).click();
    await view.waitFor({ state: "detached" });
    await waitSaved(pageB);
    await second.screenshot(pageB, "conflict-03-merged-saved");

    const latest = (await api.program.get.query({ programId: created.programId })).versions[0];
    const version = await api.version.get.query({ versionId: latest!.id });
    const texts = (version.document as { clauses: { id: string; text: string }[] }).clauses.map(
      (c) => [c.id, c.text],
    );
    expect(texts).toEqual([
      ["award", "对区级工匠给予一次性奖励3万元（甲修改）。"],
      ["allowance", "对高级技师每年给予津贴6000元（乙修改）。"],
    ]);
    // B's editor shows the merged text too
    expect(await pageB.locator(".tiptap").textContent()).toContain("（甲修改）");
    expect(errorsA).toEqual([]);
    // the refused save is logged by the browser as a failed request (409), nothing else
    expect(errorsB.filter((e) => !/409/.test(e))).toEqual([]);
  });
  it("keeps edits made while the server is unreachable and offers them back on the next visit", async () => {
    const author = await session(server.url, FIRST, DEMO_PASSWORD);
    const api = apiClient(server.url, author.cookie, author.csrfToken);
    const program = (await api.program.list.query({ regionCode: REGION })).find(
      (p) => p.slug === "e2e-two-drafters",
    );
    const url = `${server.url}/editor/d/${REGION}/p/${program!.id}`;
    const page = await first.context.newPage();
    await page.goto(url);
    await page.locator(".tiptap").waitFor();

    await first.context.setOffline(true);
    await editClauseText(page, 0, "对区级工匠给予一次性奖励5万元（断网时修改）。");
    await page.locator('.save-status[data-status="offline"]').waitFor({ timeout: 15_000 });
    await first.screenshot(page, "offline-01-kept-in-browser");
    await page.close();

    // back online, a new visit offers the kept edits; taken back, they are saved
    await first.context.setOffline(false);
    const again = await first.context.newPage();
    await again.goto(url);
    await again
      .locator(".ant-modal-confirm-title", { hasText: "发现未保存到服务器的修改" })
      .waitFor();
    await first.screenshot(again, "offline-02-offered-back");
    await again.getByRole("button", { name: "恢复这些修改" }).click();
    await waitSaved(again);
    const latest = (await api.program.get.query({ programId: program!.id })).versions[0];
    const version = await api.version.get.query({ versionId: latest!.id });
    expect(JSON.stringify(version.document)).toContain("（断网时修改）");
    await again.close();
  });
});
