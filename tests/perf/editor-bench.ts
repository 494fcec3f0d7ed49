/// <reference lib="dom" />
/**
 * Editor benchmark (a script, not a test): `pnpm bench:editor`.
 *
 * Builds the editor's bench page (apps/editor/bench.html: the program document alone, no server,
 * no login), serves it on loopback and opens 衢州's full program (every clause with all its
 * blocks) in Debian's Chromium via playwright-core. Prints
 * - time to open: navigation start → first frame with the document on screen (median of 5
 *   fresh page loads), and the part of it spent after the script started (render);
 * - keystroke-to-paint: for each key typed into a clause's prose at a typing pace, from the
 *   keydown event's timestamp to the first task after the next animation frame (the frame
 *   that shows the character), p50/p95/max, at normal speed and with 4× CPU slowdown
 *   (CDP Emulation.setCPUThrottlingRate).
 * For comparison, the same prose in a plain contenteditable (no editor) is typed into the same
 * way, at both speeds: the latency floor of the machine at that moment.
 * Targets: open < 1 s; p95 < 16 ms normal, < 50 ms at 4×. Options: --keys N (default 80),
 * --seed NAME (default quzhou), --no-build (reuse apps/editor/dist-bench).
 */
import { cpus, loadavg } from "node:os";
import type { Page } from "playwright-core";
import { launchBrowser } from "../e2e/browser.ts";
import { buildBenchPage, serveBenchPage } from "../support/bench-page.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const keys = Number(option("keys") ?? 80);
const seed = option("seed") ?? "quzhou";
const target = { openMs: 1000, p95NormalMs: 16, p95SlowMs: 50 };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

interface BenchWindow {
  bench: { readyAt?: number; startedAt: number; current(): { clauses: { text: string }[] } };
  latencies: number[];
}

async function open(page: Page, url: string, query = "") {
  await page.goto(`${url}?seed=${seed}${query}`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).bench?.readyAt !== undefined);
  return page.evaluate(() => {
    const { bench } = window as unknown as BenchWindow;
    return { open: bench.readyAt as number, render: (bench.readyAt as number) - bench.startedAt };
  });
}

async function typeAndMeasure(page: Page, count: number, label: string) {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.latencies = [];
    if ((w as unknown as { measuring?: boolean }).measuring) return;
    (w as unknown as { measuring?: boolean }).measuring = true;
    document.addEventListener(
      "keydown",
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => w.latencies.push(performance.now() - start), 0),
        );
      },
      true,
    );
  });
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(letters[i % letters.length] as string);
    await page.waitForTimeout(110); // about 9 keys a second
  }
  await page.waitForTimeout(300);
  const latencies = await page.evaluate(() => (window as unknown as BenchWindow).latencies);
  console.log(
    `${label.padEnd(22)} ${String(latencies.length).padStart(3)} keys  p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  max ${ms(Math.max(...latencies))}`,
  );
  return latencies;
}

async function main() {
  if (!args.includes("--no-build")) buildBenchPage();
  const server = await serveBenchPage();
  const browser = await launchBrowser();
  console.log(
    `editor bench: ${seed}, ${cpus().length} CPUs, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  try {
    const opens: { open: number; render: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.context.newPage();
      opens.push(await open(page, server.url));
      await page.close();
    }
    const openMedian = percentile(
      opens.map((o) => o.open),
      50,
    );
    console.log(
      `open (navigation → document on screen) median ${ms(openMedian)} [${opens.map((o) => o.open.toFixed(0)).join(", ")}]; render part median ${ms(
        percentile(
          opens.map((o) => o.render),
          50,
        ),
      )}`,
    );
    const page = await browser.context.newPage();
    await open(page, server.url);
    const stats = await page.evaluate(() => ({
      clauses: document.querySelectorAll(".program-document .clause").length,
      blocks: document.querySelectorAll(".program-document .block").length,
      characters: document.querySelector(".program-document")?.textContent?.length ?? 0,
    }));
    console.log(
      `document: ${stats.clauses} clauses, ${stats.blocks} blocks, ${stats.characters} characters`,
    );
    // the cursor at the end of the prose of a clause in the middle of the document
    const paragraph = page.locator(".program-document .clause .clause-body > p").nth(12);
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.click({ position: { x: 40, y: 12 } });
    const before = await page.evaluate(
      () =>
        (window as unknown as BenchWindow).bench
          .current()
          .clauses.map((c) => c.text)
          .join("").length,
    );
    const normal = await typeAndMeasure(page, keys, "keystroke, normal");
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const slow = await typeAndMeasure(page, keys, "keystroke, 4× slowdown");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    const after = await page.evaluate(
      () =>
        (window as unknown as BenchWindow).bench
          .current()
          .clauses.map((c) => c.text)
          .join("").length,
    );
    console.log(
      `characters added to the program's clause text: ${after - before} (keys pressed: ${keys * 2})`,
    );
    // the floor of this machine: the same prose in a plain contenteditable, typed the same way
    const plain = await browser.context.newPage();
    await open(plain, server.url, "&baseline");
    const plainParagraph = plain.locator(".program-document .clause > p").nth(12);
    await plainParagraph.scrollIntoViewIfNeeded();
    await plainParagraph.click({ position: { x: 40, y: 12 } });
    await typeAndMeasure(plain, keys, "baseline, plain div");
    const plainCdp = await browser.context.newCDPSession(plain);
    await plainCdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await typeAndMeasure(plain, keys, "baseline, plain div 4×");
    await plain.close();
    const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
    console.log(
      `targets: open < ${target.openMs} ms ${verdict(openMedian < target.openMs)}; p95 normal < ${target.p95NormalMs} ms ${verdict(percentile(normal, 95) < target.p95NormalMs)}; p95 4× < ${target.p95SlowMs} ms ${verdict(percentile(slow, 95) < target.p95SlowMs)}`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
