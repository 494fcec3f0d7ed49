/// <reference lib="dom" />
/**
 * Simulator benchmark (a script, not a test): `pnpm bench:simulator`.
 *
 * Bundles the engine and 衢州's seeded program (esbuild, the bundle the browser runs) with 100
 * test cases, opens it in Debian's Chromium via playwright-core and times what the workspace
 * does after every edit: compile the edited draft and re-run all 100 test cases (plus the
 * failures per benefit the document marks). Every other edit changes the 衢州工匠 tier, so runs
 * alternate between 2 failing cases and none. Prints the first run after load (cold) and
 * p50/p95/max over the following edits, at normal speed and with 4× CPU slowdown (CDP
 * Emulation.setCPUThrottlingRate). Target: < 50 ms per re-run. Options: --edits N (default 40).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser } from "../e2e/browser.ts";
import { repoRoot } from "../support/start-server.ts";

const args = process.argv.slice(2);
const editsAt = args.indexOf("--edits");
const edits = Number(editsAt >= 0 ? args[editsAt + 1] : 40);

const out = mkdtempSync(join(tmpdir(), "jiangce-sim-bench-"));
const bundle = join(out, "bench.js");
execFileSync(
  join(repoRoot, "tests", "node_modules", ".bin", "esbuild"),
  [
    join(repoRoot, "tests/perf/simulator/bench-entry.ts"),
    "--bundle",
    "--format=iife",
    "--minify",
    "--target=es2022",
    `--outfile=${bundle}`,
    "--log-level=warning",
  ],
  { stdio: "inherit" },
);
const script = readFileSync(bundle, "utf8");
rmSync(out, { recursive: true, force: true });

interface Measured {
  times: number[];
  cases: number;
  failed: number[];
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function run(page: Page, label: string): Promise<void> {
  await page.setContent("<!doctype html><title>simulator bench</title>");
  await page.addScriptTag({ content: script });
  const m = await page.evaluate(
    (n) =>
      (
        window as unknown as { simulatorBench: { measure(n: number): Measured } }
      ).simulatorBench.measure(n),
    edits + 1,
  );
  const [cold, ...warm] = m.times;
  const sorted = [...warm].sort((a, b) => a - b);
  const failing = [...new Set(m.failed)].sort().join(" / ");
  console.log(
    `${label.padEnd(14)} ${m.cases} test cases per re-run (failing: ${failing}) · first ${ms(cold ?? Number.NaN)} · ` +
      `p50 ${ms(pct(sorted, 50))} · p95 ${ms(pct(sorted, 95))} · max ${ms(sorted.at(-1) ?? Number.NaN)} (${warm.length} edits)`,
  );
}

const browser = await launchBrowser();
try {
  console.log(
    `re-running 100 test cases after an edit, in Chromium (${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}); target < 50 ms`,
  );
  const page = await browser.context.newPage();
  await run(page, "normal");
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await run(page, "4× slowdown");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
} finally {
  await browser.close();
}
