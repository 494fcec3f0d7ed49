import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const main = fileURLToPath(new URL("./main.ts", import.meta.url));
// run from the package, where tsx resolves (as `pnpm policy` does)
const cwd = fileURLToPath(new URL("..", import.meta.url));
const policy = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", main, ...args], { encoding: "utf8", cwd });

describe("policy CLI (smoke, as a process)", () => {
  it("runs validate on the built-in programs and exits 0; a missing file exits 2", () => {
    const ok = policy("validate");
    expect(ok.stderr).not.toContain("Error");
    expect(ok.stdout).toContain("全部通过");
    expect(ok.status).toBe(0);
    const bad = policy("eval", "--profile", "/nonexistent.json");
    expect(bad.stderr).toContain("错误：找不到文件 /nonexistent.json");
    expect(bad.status).toBe(2);
  }, 60_000);
});
