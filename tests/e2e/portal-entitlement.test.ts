// Journey: a 东西湖区 worker who won a WorldSkills gold medal asks the portal "我能享受什么？".
// The page evaluates the published programs in the browser; this test evaluates the same
// published documents (fetched from the API) with @jiangce/rule-schema in Node and expects the
// page to show exactly that: every entitlement's amount, clause citation and link, the total,
// the non-monetary treatments.
import { workedCaseFiles } from "@jiangce/programs";
import {
  compile,
  describeResult,
  evaluate,
  exclusionRuleLabels,
  formatAmount,
  formatFen,
  type Profile,
} from "@jiangce/rule-schema";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { apiClient } from "./api-client.ts";
import { type Browser, buildApps, launchBrowser, watchErrors } from "./browser.ts";

const REGION = "420112"; // 武汉市东西湖区

let server: StartedServer;
let browser: Browser;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  buildApps();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  api = apiClient(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The published documents covering the district, as the portal reads them. */
async function publishedDocuments(regionCode: string) {
  const listed = await api.portal.listPrograms.query({ regionCode });
  const programs = await Promise.all(
    listed.map((p) => api.portal.getProgram.query({ programId: p.programId })),
  );
  return programs.map((p) => ({ pageId: p.programId, document: p.document }));
}

/** The worked case of the 武汉 program this journey follows (its expected award). */
function worldSkillsGoldCase() {
  const cases = workedCaseFiles.flatMap((file) => (file as { cases: unknown[] }).cases) as {
    id: string;
    profile: Profile;
    expected: { entitlements: { matter: string; amountFen: number | "unspecified" }[] };
  }[];
  const found = cases.find((c) => c.id === "wh-worldskills-gold-derived-craftsman");
  if (!found) throw new Error("worked case wh-worldskills-gold-derived-craftsman is missing");
  return found;
}

/** The whole form at once ("显示全部问题"), as a person or another kind of recipient. */
async function openAllQuestions(page: Page, kind = "个人") {
  await page.locator(".kind-option", { hasText: kind }).click();
  await page.getByLabel("显示全部问题").check();
}

async function fillWorldSkillsGold(page: Page) {
  const basics = page.locator('[data-group="national"]');
  await basics.getByLabel("职业技能等级（新八级工）").selectOption({ label: "高级工" });
  await page.getByRole("button", { name: /添加一项职业技能竞赛成绩/ }).click();
  const row = page.locator('[data-fact="competitions"] [data-row="0"]');
  await row.getByLabel("赛事", { exact: true }).selectOption({ label: "世界技能大赛" });
  await row.getByLabel("竞赛层级").selectOption({ label: "国际级" });
  await row.getByLabel("奖牌").selectOption({ label: "金牌" });
  await row.getByLabel("年份").fill("2022");
}

describe("portal entitlement check", () => {
  it("shows a WorldSkills gold medallist of 东西湖区 what the engine computes for the published programs", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const workedCase = worldSkillsGoldCase();

    // from the district page to the calculator
    await page.goto(`${server.url}/r/${REGION}`);
    await page.getByRole("link", { name: /政策计算器/ }).click();
    await page.waitForURL(`**/r/${REGION}/check`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("我能享受哪些待遇");
    await openAllQuestions(page);
    await page.locator('[data-group="national"]').waitFor();
    // the form comes from the catalogue: the 武汉 titles appear beside the national ones
    await expect(page.getByLabel("武汉工匠", { exact: true }).count()).resolves.toBe(1);

    await fillWorldSkillsGold(page);
    await browser.screenshot(page, "portal-check-form", { fullPage: true });
    const result = page.locator(".check-result");
    await result.waitFor();

    // the same engine in Node, on the same published documents, for the same profile and day
    const asOf = (await result.getAttribute("data-as-of")) ?? "";
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const published = await publishedDocuments(REGION);
    const pageIdOf = new Map(published.map((p) => [(p.document as { id: string }).id, p.pageId]));
    const profile: Profile = {
      id: "portal-check",
      kind: "person",
      regionCode: REGION,
      facts: {
        skillLevel: "senior",
        competitions: [{ event: "worldskills", level: "international", medal: "gold", year: 2022 }],
      },
    };
    const lean = evaluate(compile(published.map((p) => p.document)), profile, asOf);
    const expected = describeResult(lean);

    // the worked case's award is among them (while the 武汉 program is in force)
    for (const want of workedCase.expected.entitlements) {
      expect(expected.entitlements).toContainEqual(
        expect.objectContaining({ matter: want.matter, amountFen: want.amountFen }),
      );
    }
    expect(expected.entitlements.length).toBeGreaterThan(0);

    const cards = result.locator(":scope > .ent-list > .ent-card");
    await expect(cards.count()).resolves.toBe(expected.entitlements.length);
    for (const [i, e] of expected.entitlements.entries()) {
      const key = `${e.programId}/${e.benefitId}${e.tierId ? `/${e.tierId}` : ""}`;
      const card = result.locator(`:scope > .ent-list > .ent-card[data-key="${key}"]`);
      // the figure in large type; the engine's full wording (working, caps) on the card
      if (e.amountFen === "unspecified") {
        await expect(card.locator(".ent-amount").textContent()).resolves.toBe("按规定金额未定");
      } else {
        await expect(card.locator(".ent-amount").textContent()).resolves.toContain(
          formatFen(e.amountFen),
        );
        await expect(card.textContent()).resolves.toContain(formatAmount(lean.entitlements[i]!));
      }
      const citation = card.locator("a.citation");
      await expect(citation.textContent()).resolves.toBe(`《${e.programTitle}》${e.citation}`);
      await expect(citation.getAttribute("href")).resolves.toBe(
        `/r/${REGION}/p/${pageIdOf.get(e.programId)}#clause-${e.clauseId}`,
      );
    }
    await expect(result.locator(".result-total").textContent()).resolves.toBe(
      formatFen(expected.totalFen),
    );
    const award = expected.entitlements.find((e) => e.matter === "wuhan-craftsman-award");
    expect(award?.amountFen).toBe(30_000_000);
    await expect(
      result
        .locator(`.ent-card[data-key="${award?.programId}/${award?.benefitId}"] .ent-amount`)
        .textContent(),
    ).resolves.toBe("30万元");

    // non-monetary treatments and the derivation that made the worker a 武汉工匠
    const treatments = (await result.locator(".treatment-list strong").allTextContents()).map((t) =>
      t.trim(),
    );
    expect(treatments).toEqual(expected.treatments.map((t) => t.label));
    expect(expected.derived.length).toBeGreaterThan(0);
    await expect(result.locator(".derived p").count()).resolves.toBe(expected.derived.length);
    await browser.screenshot(page, "portal-check-result", { fullPage: true });
    await page.evaluate(
      "window.scrollBy(0, document.querySelector('.result-summary').getBoundingClientRect().top - 10)",
    );
    await browser.screenshot(page, "portal-check-result-top");

    // the citation leads to the clause on the program page
    await result
      .locator(`.ent-card[data-key="${award?.programId}/${award?.benefitId}"] a.citation`)
      .click();
    await page.waitForURL(`**#clause-${award?.clauseId}`);
    const clause = page.locator(`#clause-${award?.clauseId}`);
    await clause.waitFor();
    await expect(clause.locator("h3").textContent()).resolves.toContain(award?.citation ?? "?");
    await expect
      .poll(() => clause.evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(400);
    await browser.screenshot(page, "portal-check-clause");

    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses an inexact money figure in Chinese, works on a phone, and shows an expired program as not applying", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/r/${REGION}/check`);
    await openAllQuestions(page);
    await page.locator('[data-group="national"]').waitFor();
    await fillWorldSkillsGold(page);
    const row = page.locator('[data-fact="competitions"] [data-row="0"]');
    await row.getByLabel("主办方奖励额度").fill("3000.123");
    await expect(page.locator(".form-issues").textContent()).resolves.toContain("精确到分");
    await expect(page.locator(".check-result").count()).resolves.toBe(0);

    await row.getByLabel("主办方奖励额度").fill("1.5万");
    await page.locator(".check-result").waitFor();
    await expect(page.locator(".form-issues").count()).resolves.toBe(0);
    // nothing overflows sideways on a phone
    const overflow = await page.evaluate<number>(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.evaluate("window.scrollTo(0, 0)");
    await browser.screenshot(page, "portal-check-mobile-form");
    await page.evaluate(
      "window.scrollBy(0, document.querySelector('.result-summary').getBoundingClientRect().top - 10)",
    );
    await browser.screenshot(page, "portal-check-mobile-result");

    // a day after the 武汉 program's last day: its award is gone and the page says why
    await page.getByLabel("计算日期").fill("2027-01-01");
    await expect
      .poll(() => page.locator(".check-result").getAttribute("data-as-of"))
      .toBe("2027-01-01");
    const wuhan = page.locator(".program-status li", { hasText: "武汉工匠" });
    await expect(wuhan.locator(".state-tag").textContent()).resolves.toBe("已失效");
    await expect(
      page.locator(".ent-card", { hasText: "“武汉工匠”一次性奖励" }).count(),
    ).resolves.toBe(0);
    await expect(page.locator(".not-now").textContent()).resolves.toContain("已失效");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an employer of 黄石 the candidates that lose to 就高, with the reason", async () => {
    const region = "420200";
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/r/${region}/check`);
    await page.locator(".kind-picker").waitFor();
    await openAllQuestions(page, "用人单位");
    await expect(page.getByRole("radio", { name: "用人单位" }).isChecked()).resolves.toBe(true);
    // facts the catalogue says describe persons only are not asked of an employer
    await expect(page.locator('[data-fact="competitions"]').count()).resolves.toBe(0);
    await page.getByLabel("校企联合开展新型学徒制培训").check();
    await page.getByLabel("培训工种纳入重点产业目录").check();
    await page.getByLabel("按“链主引领+项目化”工匠培育模式开展培训").check();
    await page.getByLabel("按规定核定的培训补贴基础金额").fill("3,000");
    const result = page.locator(".check-result");
    await result.waitFor();

    const asOf = (await result.getAttribute("data-as-of")) ?? "";
    const published = await publishedDocuments(region);
    const lean = evaluate(
      compile(published.map((p) => p.document)),
      {
        id: "portal-check",
        kind: "employer",
        regionCode: region,
        facts: {
          hsNewApprenticeshipTraining: true,
          hsOccupationInKeyIndustryCatalogue: true,
          hsChainLeaderProjectTraining: true,
          hsTrainingSubsidyBaseFen: 300_000,
        },
      },
      asOf,
    );
    const expected = describeResult(lean);
    expect(expected.excluded.length).toBeGreaterThan(0);
    await expect(result.locator(".result-total").textContent()).resolves.toBe(
      formatFen(expected.totalFen),
    );
    const folded = result.locator(".excluded-list");
    const losers = folded.locator(".ent-card");
    await expect(losers.count()).resolves.toBe(expected.excluded.length);
    for (const [i, x] of expected.excluded.entries()) {
      const card = losers.nth(i);
      await expect(card.textContent()).resolves.toContain(
        formatAmount(lean.excluded[i]!.candidate),
      );
      await expect(card.locator(".ent-excluded-reason").textContent()).resolves.toContain(
        exclusionRuleLabels[x.rule],
      );
    }
    await browser.screenshot(page, "portal-check-excluded", { fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
