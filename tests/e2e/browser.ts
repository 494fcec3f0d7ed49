// Browser journeys run Debian's Chromium through playwright-core, with a throwaway profile.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { repoRoot } from "../support/start-server.ts";

export const screenshotDir = join(repoRoot, "artifacts", "screenshots");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function chromiumPath(): string {
  for (const candidate of [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error("未找到 Chromium：请安装 Debian 的 chromium 包，或设置 CHROMIUM_PATH");
}

/**
 * Builds the portal and the editor through turbo: a cache hit when nothing changed, a real build
 * when sources did (so the journey never runs against a stale dist).
 */
export function buildApps(): void {
  execFileSync(
    join(repoRoot, "node_modules", ".bin", "turbo"),
    [
      "run",
      "build",
      "--filter=@jiangce/portal",
      "--filter=@jiangce/editor",
      "--output-logs=errors-only",
    ],
    { cwd: repoRoot, stdio: "inherit" },
  );
}

export interface Browser {
  context: BrowserContext;
  /** Saves a PNG under artifacts/screenshots/ and returns its path. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "jiangce-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    context,
    async screenshot(page, name, options = {}) {
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path, fullPage: options.fullPage ?? false });
      return path;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects uncaught page errors and console errors, so a journey can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // A refused login answers 401 by design; the page shows it, the console notes it.
    if (message.type() === "error" && !/status of 401/.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return errors;
}
