/// <reference lib="dom" />
// The program document in a browser (the editor's bench page: the document alone, no server,
// no login): a seed opened and read back unchanged, an edit undone, a block selected by a
// click, find with next/previous.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BenchPage, buildBenchPage, serveBenchPage } from "../support/bench-page.ts";
import { type Browser, launchBrowser, screenshotDir, watchErrors } from "./browser.ts";

let bench: BenchPage;
let browser: Browser;

/** The little of a tiptap editor this test drives (the tests package does not depend on tiptap). */
interface MiniEditor {
  state: {
    doc: {
      descendants(
        f: (node: { isText: boolean; text?: string | null }, pos: number) => boolean,
      ): void;
    };
  };
  chain(): {
    focus(): {
      insertContentAt(range: { from: number; to: number }, text: string): { run(): boolean };
    };
  };
}

interface CursorEditor {
  state: {
    doc: {
      descendants(
        f: (
          node: { attrs: { id?: string }; firstChild: { nodeSize: number } | null },
          pos: number,
        ) => boolean,
      ): void;
    };
  };
  chain(): { focus(): { setTextSelection(pos: number): { run(): boolean } } };
}

interface BenchWindow {
  bench: {
    readyAt?: number;
    seed: { id: string; clauses: { id: string; text: string; benefits: unknown[] }[] };
    canonical(program: unknown): string;
    fromDocument(): string;
    current(): { clauses: { text: string }[] };
    selected(): unknown;
  };
}

beforeAll(async () => {
  buildBenchPage();
  [bench, browser] = await Promise.all([serveBenchPage(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await bench?.stop();
});

async function open(page: Page, seed: string) {
  await page.goto(`${bench.url}?seed=${seed}`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).bench?.readyAt !== undefined);
}

/** The first paragraph of a clause's prose, found by the clause's id. */
const clauseProse = (page: Page, clauseId: string) =>
  page.locator(`.program-document section[data-id='"${clauseId}"'] .clause-body > p`).first();

/**
 * The cursor at the start of a clause's prose, through the editor (a click can land a line
 * off while the page still settles after an undo's scroll; clicks are tested on blocks).
 */
const cursorInto = (page: Page, clauseId: string) =>
  page.evaluate((id) => {
    const editor = (
      window as unknown as { bench: { handle(): { editor: CursorEditor } } }
    ).bench.handle().editor;
    let at = -1;
    editor.state.doc.descendants((node, pos) => {
      if (at < 0 && node.attrs.id === id) at = pos + 1 + (node.firstChild?.nodeSize ?? 0) + 1;
      return at < 0;
    });
    editor.chain().focus().setTextSelection(at).run();
  }, clauseId);

const sameAsSeed = (page: Page) =>
  page.evaluate(() => {
    const { bench: b } = window as unknown as BenchWindow;
    return b.fromDocument() === b.canonical(b.seed);
  });

describe("the program document in Chromium", () => {
  it("opens 武汉's program and reads it back unchanged; an edit shows, and undo restores it", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await open(page, "wuhan");
    const clauses = await page.evaluate(
      () => (window as unknown as BenchWindow).bench.seed.clauses.length,
    );
    expect(await page.locator(".program-document .clause").count()).toBe(clauses);
    expect(await page.locator(".program-document h1").textContent()).toContain("武汉工匠");
    expect(await sameAsSeed(page)).toBe(true);
    // opening is not an edit: nothing was reported as changed
    expect(
      await page.evaluate(
        () =>
          (window as unknown as BenchWindow).bench.current() ===
          (window as unknown as BenchWindow).bench.seed,
      ),
    ).toBe(true);
    await browser.screenshot(page, "program-document-open");

    // type into the second clause's prose: the program changes, undo brings the seed back
    const paragraph = clauseProse(page, "training-platforms");
    await paragraph.click({ position: { x: 40, y: 12 } });
    await page.keyboard.type("新增");
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as BenchWindow).bench.current().clauses[1]?.text),
      )
      .toContain("新增");
    expect(await sameAsSeed(page)).toBe(false);
    await page.keyboard.press("Control+z");
    await expect.poll(() => sameAsSeed(page)).toBe(true);

    // Ctrl+] makes the clause at the cursor an item of the one before it: numbering follows
    await cursorInto(page, "skill-upgrade-training");
    await page.keyboard.press("Control+]");
    const citations = () =>
      page.evaluate(() =>
        (window as unknown as { bench: { current(): { clauses: { citation: string }[] } } }).bench
          .current()
          .clauses.slice(1, 4)
          .map((c) => c.citation),
      );
    await expect.poll(citations).toEqual(["二(一)1.", "二(一)1.(1)", "二(一)2."]);
    expect(await page.locator(".program-document .clause-citation").nth(2).textContent()).toBe(
      "(1)",
    );
    await page.keyboard.press("Control+z");
    await expect.poll(() => sameAsSeed(page)).toBe(true);

    // Ctrl+Enter adds a clause after the one at the cursor: a fresh id, the next number,
    // and every later item renumbered
    await cursorInto(page, "training-platforms");
    await page.keyboard.press("Control+Enter");
    await page.keyboard.type("新条款");
    type Clauses = { id: string; citation: string; heading?: string }[];
    const clausesNow = () =>
      page.evaluate(
        () =>
          (window as unknown as { bench: { current(): { clauses: Clauses } } }).bench.current()
            .clauses,
      );
    await expect.poll(async () => (await clausesNow())[2]?.heading).toBe("新条款");
    const added = (await clausesNow())[2];
    expect(added?.id).toMatch(/^clause-[a-z0-9]+$/);
    expect((await clausesNow()).slice(1, 5).map((c) => c.citation)).toEqual([
      "二(一)1.",
      "二(一)2.",
      "二(一)3.",
      "二(一)4.",
    ]);
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+z");
    await expect.poll(() => sameAsSeed(page)).toBe(true);

    // a benefit block is selected by a click, and named as the clause's benefit
    const benefit = page.locator(".program-document .block-benefit").first();
    await benefit.scrollIntoViewIfNeeded();
    await benefit.click();
    const selected = (await page.evaluate(() =>
      (window as unknown as BenchWindow).bench.selected(),
    )) as {
      kind: string;
      clauseId: string;
      index: number;
    };
    expect(selected.kind).toBe("benefit");
    const firstWithBenefit = await page.evaluate(
      () =>
        (window as unknown as BenchWindow).bench.seed.clauses.find((c) => c.benefits.length)?.id,
    );
    expect(selected).toEqual({ kind: "benefit", clauseId: firstWithBenefit, index: 0 });
    await expect.poll(() => benefit.locator(".block-frame.is-selected").count()).toBe(1);
    // caret "initial": hiding the caret makes the editor re-read the DOM selection, which
    // would turn the block selection into a text selection before the picture is taken
    await page.screenshot({
      path: join(screenshotDir, "program-document-benefit-selected.png"),
      caret: "initial",
    });
    expect(await benefit.locator(".block-frame.is-selected").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens each of the five seeds without an error and reads each back unchanged", async () => {
    for (const seed of ["huangshi", "wuhan", "dongxihu", "quzhou", "lianyungang"]) {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      await open(page, seed);
      expect(await sameAsSeed(page), seed).toBe(true);
      expect(errors, seed).toEqual([]);
      await page.close();
    }
  });

  it("flags an amount typed over in the prose on the sentence and on its benefit", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await open(page, "quzhou");
    expect(await page.locator(".prose-data-mismatch").count()).toBe(0);
    // 衢州 2.: "分别给予一次性10万、6万、2万、0.6万元的经费支持" — the drafter writes 12万 instead
    await page.evaluate(() => {
      const editor = (
        window as unknown as { bench: { handle(): { editor: MiniEditor } } }
      ).bench.handle().editor;
      let from = -1;
      editor.state.doc.descendants((node, pos) => {
        const at = node.isText ? (node.text ?? "").indexOf("一次性10万、6万") : -1;
        if (at >= 0 && from < 0) from = pos + at + "一次性".length;
        return from < 0;
      });
      editor
        .chain()
        .focus()
        .insertContentAt({ from, to: from + 2 }, "12")
        .run();
    });
    const flagged = page.locator(".block-benefit.prose-data-mismatch");
    await expect.poll(() => flagged.count()).toBe(1);
    expect(await flagged.getAttribute("data-mismatch")).toBe("正文为12万元，数据为10万元");
    const figure = page.locator(".prose-data-mismatch-text");
    expect(await figure.textContent()).toBe("12万");
    // the sentence and the block below it, both in view
    await flagged.evaluate((el) => el.scrollIntoView({ block: "end" }));
    await browser.screenshot(page, "program-document-prose-data-mismatch");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds text with Ctrl+F and steps through the matches", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await open(page, "quzhou");
    await page.locator(".program-document .clause .clause-body > p").first().click();
    await page.keyboard.press("Control+f");
    const input = page.getByRole("textbox", { name: "查找" });
    await input.fill("衢州工匠");
    const count = page.locator(".find-count");
    await expect.poll(() => count.textContent()).toMatch(/^第 1 \/ \d+ 处$/);
    const total = Number((await count.textContent())?.match(/\/ (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(3);
    expect(await page.locator(".find-match").count()).toBe(total);
    await input.press("Enter");
    await expect.poll(() => count.textContent()).toBe(`第 2 / ${total} 处`);
    await input.press("Shift+Enter");
    await input.press("Shift+Enter");
    await expect.poll(() => count.textContent()).toBe(`第 ${total} / ${total} 处`);
    await browser.screenshot(page, "program-document-find");
    await input.press("Escape");
    await expect.poll(() => page.locator(".find-match").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
