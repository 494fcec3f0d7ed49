// A drafter of 衢州 imports the city's policy text in the editor: pastes it, sees the proposals
// beside the text, accepts them all, corrects the craftsman award's name, leaves the clause
// deadlines out, and creates the draft, which opens in the workspace. The API then serves a
// program that validates; with the tier conditions the importer leaves to the drafter (who
// holds which title, added here as the workspace's condition builder would), the engine pays
// each of 衢州's four craftsman tiers its amount.
import { readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "@jiangce/db";
import { evaluate, type ProgramInput, validateProgram } from "@jiangce/rule-schema";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/start-server.ts";
import { apiClient } from "./api-client.ts";
import { watchErrors } from "./browser.ts";
import { login, session } from "./editor-steps.ts";
import { journey } from "./journey.ts";

const REGION = "330800"; // 衢州市
const DRAFTER = `drafter-${REGION}`;
const SLUG = "e2e-quzhou-import";
const text = readFileSync(`${repoRoot}/packages/programs/src/quzhou/source.txt`, "utf8");
const titles = [
  ["quzhou-grand-craftsman", "衢州大工匠", 10_000_000],
  ["quzhou-outstanding-craftsman", "衢州杰出工匠", 6_000_000],
  ["quzhou-craftsman", "衢州工匠", 2_000_000],
  ["quzhou-young-craftsman", "衢州青年工匠", 600_000],
] as const;

const env = journey();

describe("importing a policy text", () => {
  it("turns 衢州's text into a draft that validates and pays the craftsman tiers", async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await login(page, env.server.url, DRAFTER, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${REGION}`);

    // 新建方案 ▾ · 从文本导入
    await page.getByRole("button", { name: "其他起草方式" }).click();
    await page.getByRole("menuitem", { name: "从文本导入" }).waitFor();
    await env.browser.screenshot(page, "import-00-menu");
    await page.getByRole("menuitem", { name: "从文本导入" }).click();
    await page.waitForURL(`**/editor/d/${REGION}/import`);
    await page.getByText("发文机关按本地区填写：衢州市").waitFor();
    await env.browser.screenshot(page, "import-01-empty");

    await page.getByLabel("政策原文").fill(text);
    await env.browser.screenshot(page, "import-02-pasted");
    await page.getByRole("button", { name: "识别" }).click();
    const review = page.locator(".import-review");
    await review.waitFor();
    await env.browser.screenshot(page, "import-03-proposals");

    // the craftsman award: its tiers as read, and its words marked in the text when selected
    const award = page.locator('.proposal-card[data-kind="benefit"]', {
      hasText: "衢州杰出工匠6万元",
    });
    expect(await award.locator(".proposal-summary").textContent()).toContain(
      "衢州大工匠10万元、衢州杰出工匠6万元、衢州工匠2万元、衢州青年工匠6000元",
    );
    await award.click();
    const marked = page.locator(".import-text mark.is-current");
    expect((await marked.allTextContents()).join("")).toContain("衢州青年工匠");
    await env.browser.screenshot(page, "import-04-selected");

    // accept everything, then correct the award's name
    await page.getByRole("button", { name: "全部采纳" }).click();
    expect(await award.locator(".proposal-state").textContent()).toBe("已采纳");
    await award.getByRole("button", { name: "修改" }).click();
    await award.getByLabel("待遇名称").fill("衢州工匠系列一次性经费支持");
    await env.browser.screenshot(page, "import-05-editing");
    await award.getByRole("button", { name: "保存修改" }).click();
    expect(await award.locator(".proposal-state").textContent()).toBe("已修改");
    expect(await award.locator(".proposal-summary").textContent()).toContain(
      "衢州工匠系列一次性经费支持",
    );

    // clause deadlines read from 到2025年 are targets here, not deadlines: reject the kind
    await page.getByRole("button", { name: "按类别处理" }).click();
    await page.getByRole("menuitem", { name: "条款期限" }).hover();
    await page.getByRole("menuitem", { name: "全部不采纳（条款期限）" }).click();
    await page.mouse.move(0, 0);
    await page.locator(".ant-dropdown-menu:visible").first().waitFor({ state: "hidden" });
    const deadlines = page.locator('.proposal-card[data-kind="deadline"] .proposal-state');
    expect(await deadlines.allTextContents()).not.toHaveLength(0);
    expect(new Set(await deadlines.allTextContents())).toEqual(new Set(["不采纳"]));
    await page.locator(".import-validation").waitFor();
    expect(await page.locator(".import-validation").textContent()).toContain("可以通过校验");
    await env.browser.screenshot(page, "import-06-decided");

    expect(await page.getByLabel("方案标题").inputValue()).toBe(
      "关于新时代衢州工匠培育工程的实施办法",
    );
    await page.getByLabel("门户地址标识").fill(SLUG);
    await page.getByRole("button", { name: "创建草稿" }).click();
    await page.waitForURL(`**/editor/d/${REGION}/p/**`);
    await page.locator(".workspace").waitFor();
    await env.browser.screenshot(page, "import-07-workspace");
    expect(errors).toEqual([]);

    // what the API serves
    const drafter = await session(env.server.url, DRAFTER, DEMO_PASSWORD);
    const api = apiClient(env.server.url, drafter.cookie, drafter.csrfToken);
    const created = (await api.program.list.query({ regionCode: REGION })).find(
      (p) => p.slug === SLUG,
    );
    expect(created?.latestVersion?.state).toBe("draft");
    const version = await api.version.get.query({ versionId: created!.latestVersion!.id });
    const checked = validateProgram(version.document);
    expect(checked.issues).toEqual([]);
    const saved = version.document as unknown as ProgramInput;
    expect(saved.issuer).toEqual({ regionCode: REGION, level: "city", name: "衢州市" });
    expect(saved.stage).toBe("comment-draft");
    expect(saved.clauses?.some((c) => c.deadline)).toBe(false);
    const benefit = saved.clauses
      ?.flatMap((c) => c.benefits ?? [])
      .find((b) => b.label === "衢州工匠系列一次性经费支持");
    expect(benefit?.tiers?.map((t) => t.label)).toEqual(titles.map(([, label]) => label));

    // who holds which title: the conditions the importer leaves to the drafter
    const program: ProgramInput = structuredClone(saved);
    for (const b of program.clauses?.flatMap((c) => c.benefits ?? []) ?? [])
      if (b.id === benefit?.id)
        b.tiers = b.tiers?.map((t, i) => ({
          ...t,
          conditions: { fact: "titles", op: "contains" as const, value: titles[i]?.[0] ?? "" },
        }));
    program.facts = [
      ...(program.facts ?? []),
      {
        key: "titles",
        label: "地方称号",
        extends: true,
        values: titles.map(([value, label]) => ({ value, label })),
      },
    ];
    program.validity = { ...program.validity, published: "2021-07-01" };
    const conditioned = validateProgram(program);
    expect(conditioned.issues).toEqual([]);
    const paid = (held: string[]) =>
      evaluate(
        [conditioned.ok ? conditioned.value : program],
        {
          id: held.join() || "none",
          kind: "person",
          regionCode: "330802",
          facts: { titles: held },
        },
        "2022-06-30",
      )
        .entitlements.filter((e) => e.ref.benefitId === benefit?.id)
        .map((e) => e.amount);
    for (const [title, , fen] of titles) expect(paid([title])).toEqual([fen]);
    expect(paid([])).toEqual([]);

    // the same draft, with those conditions saved, pays the tiers in the workspace's simulator
    await api.version.save.mutate({
      programId: created!.id,
      baseVersionId: version.id,
      baseRevision: version.revision,
      document: program as unknown as Record<string, unknown>,
    });
    await page.reload();
    await page.locator(".workspace").waitFor();
    await page.getByRole("tab", { name: "模拟计算" }).click();
    const simulator = page.locator(".simulator");
    await simulator.getByLabel("计算日期").fill("2022-06-30");
    await simulator.getByRole("checkbox", { name: "衢州杰出工匠" }).check();
    const result = simulator.locator(".sim-result");
    await result.locator(".sim-paid", { hasText: "衢州杰出工匠" }).getByText("6万元").waitFor();
    await simulator.getByRole("checkbox", { name: "衢州大工匠" }).check();
    // 就高: the higher tier is paid, the other shown as not paid twice
    await result.locator(".sim-paid", { hasText: "衢州大工匠" }).getByText("10万元").waitFor();
    await result.locator(".sim-excluded", { hasText: "衢州杰出工匠" }).waitFor();
    await env.browser.screenshot(page, "import-07b-simulator-pays-tiers");
    expect(errors).toEqual([]);
  });

  it("reads a .docx in the browser (mammoth loaded on demand) into the same proposals", async () => {
    // 衢州's text as a Word file: one paragraph per line, as a drafter's .docx has it
    const doc = new Document({
      sections: [{ children: text.split(/\r?\n/).map((line) => new Paragraph({ text: line })) }],
    });
    const buffer = await Packer.toBuffer(doc);
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await login(page, env.server.url, DRAFTER, DEMO_PASSWORD);
    await page.waitForURL(`**/editor/d/${REGION}`);
    await page.goto(`${env.server.url}/editor/d/${REGION}/import`);
    await page.getByLabel("政策原文").waitFor();
    expect(scripts.some((u) => u.includes("mammoth"))).toBe(false);

    await page.locator('input[type="file"]').setInputFiles({
      name: "衢州工匠实施办法.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(buffer),
    });
    await page.locator(".import-review").waitFor();
    expect(scripts.some((u) => u.includes("mammoth"))).toBe(true);
    expect(await page.getByLabel("方案标题").inputValue()).toBe(
      "关于新时代衢州工匠培育工程的实施办法",
    );
    const award = page.locator('.proposal-card[data-kind="benefit"]', {
      hasText: "衢州杰出工匠6万元",
    });
    expect(await award.count()).toBe(1);
    await env.browser.screenshot(page, "import-08-docx");

    // a file that is not a Word document is refused with a reason, nothing is read
    await page.getByRole("button", { name: "重新输入原文" }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: "policy.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from("这不是一个 Word 文件"),
    });
    await page.getByText("无法读取该文件：不是有效的 Word 文档").waitFor();
    await env.browser.screenshot(page, "import-09-not-docx");

    // what cannot be held exactly is listed as unread, with the reason, and never proposed
    await page
      .getByLabel("政策原文")
      .fill("一、技能人才奖励\n对获得市级技能大师称号的，给予3万至5万元奖励。");
    await page.getByRole("button", { name: "识别" }).click();
    const unread = page.getByRole("button", { name: /未能读取的内容/ });
    await unread.click();
    const item = page.locator(".import-unread li").first();
    expect(await item.textContent()).toContain("3万至5万元");
    await item.locator("button").click();
    // the importer marks the first figure of the range
    expect(await page.locator(".import-text mark.is-current").first().textContent()).toBe("3万");
    const proposed = await page.locator('.proposal-card[data-kind="benefit"]').allTextContents();
    expect(proposed.join("")).not.toMatch(/3万元|5万元/);
    await env.browser.screenshot(page, "import-10-unread");
    expect(errors).toEqual([]);
  });
});
