#!/usr/bin/env node
// Installs what the test command needs from the operating system, once:
// Debian's Chromium for the browser journeys, PostgreSQL's server binaries
// for the real-database tests and LibreOffice + poppler for the .docx exports. Nothing else is expected on the machine than
// Node and npm, so this runs before every `npm test`; it is a no-op when both
// are present.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

function chromiumPath() {
  for (const candidate of [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function postgresBinDir() {
  if (has("initdb") && has("pg_ctl")) return "PATH";
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  for (const version of readdirSync(root).sort().reverse()) {
    if (existsSync(`${root}/${version}/bin/initdb`)) return `${root}/${version}/bin`;
  }
  return undefined;
}

// Screenshots of the Chinese UI need a CJK font, else every character renders as a box.
// Nice to have, not required: the journeys pass without it.
const hasCjkFont = () =>
  spawnSync("sh", ["-c", "fc-list :lang=zh | grep -q ."], { stdio: "ignore" }).status === 0;

const missing = [];
if (!chromiumPath()) missing.push("chromium");
if (!postgresBinDir()) missing.push("postgresql");
// the .docx exports (修改对照表, 公文) are converted to PDF and rendered to PNG in their test
if (!has("soffice")) missing.push("libreoffice-writer-nogui");
if (!has("pdftoppm")) missing.push("poppler-utils");
const required = missing.length;
if (!hasCjkFont()) missing.push("fonts-wqy-microhei");

if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const apt = isRoot ? ["apt-get"] : has("sudo") ? ["sudo", "apt-get"] : undefined;
if (!apt && required === 0) {
  console.warn("未安装中文字体（fonts-wqy-microhei），截图中的中文将显示为方框。");
  process.exit(0);
}
if (!apt) {
  console.error(
    `缺少系统依赖：${missing.join(", ")}。请以 root 运行，或先执行 apt-get install -y ${missing.join(" ")}`,
  );
  process.exit(1);
}
console.log(`Installing system packages for the tests: ${missing.join(", ")}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync(apt[0], [...apt.slice(1), "update", "-qq"], { stdio: "inherit", env });
execFileSync(
  apt[0],
  [...apt.slice(1), "install", "-y", "-qq", "--no-install-recommends", ...missing],
  {
    stdio: "inherit",
    env,
  },
);
