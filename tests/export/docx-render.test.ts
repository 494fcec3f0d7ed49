import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { changeTableDocx, officialDocumentDocx } from "@jiangce/api";
import { parsePrograms, seedProgramFiles } from "@jiangce/programs";
import type { Program } from "@jiangce/rule-schema";
import { beforeAll, describe, expect, it } from "vitest";

// The two .docx exports opened by LibreOffice (tests/support/ensure-system-deps.mjs installs
// it): converted to PDF headless, the text read back with pdftotext and every page rendered
// to PNG in artifacts/screenshots/ to be looked at.

const shots = resolve(import.meta.dirname, "../../artifacts/screenshots");
const work = mkdtempSync(join(tmpdir(), "jiangce-docx-"));

const quzhou = parsePrograms(seedProgramFiles).find(
  (p) => p.id === "quzhou-craftsman-2021",
) as Program;

/** The drafter raises 衢州工匠 from 2万元 to 3万元, in the text and in the benefit. */
function raised(): Program {
  const p = structuredClone(quzhou);
  const clause = p.clauses.find((c) => c.id === "craftsman-selection");
  const tier = clause?.benefits
    .find((b) => b.id === "craftsman-award")
    ?.tiers?.find((t) => t.id === "craftsman");
  if (!clause || tier?.amount.kind !== "fixed") throw new Error("衢州工匠 tier expected");
  tier.amount.fen = 3_000_000;
  clause.text = clause.text.replace("6万、2万、0.6万元", "6万、3万、0.6万元");
  for (const b of clause.benefits)
    if (b.quote) b.quote = b.quote.replace("6万、2万、0.6万元", "6万、3万、0.6万元");
  return p;
}

function toPdf(docx: string): string {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${work}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      docx,
    ],
    { stdio: "pipe", timeout: 170_000 },
  );
  const pdf = docx.replace(/\.docx$/u, ".pdf");
  expect(existsSync(pdf)).toBe(true);
  return pdf;
}

function pages(pdf: string, name: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  mkdirSync(shots, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "60", "-l", "3", pdf, join(work, name)]);
  for (const f of readdirSync(work).filter((f) => f.startsWith(name) && f.endsWith(".png")))
    copyFileSync(join(work, f), join(shots, f));
  return Number(/Pages:\s+(\d+)/u.exec(info)?.[1] ?? 0);
}

const text = (pdf: string, crop: string[] = []) =>
  execFileSync("pdftotext", [...crop, pdf, "-"], { encoding: "utf8" }).replace(/\s+/gu, "");
// the table's three columns on the landscape page (842 × 595 pt, 2 cm margins)
const column = (i: number) => ["-x", String(57 + i * 243), "-y", "0", "-W", "243", "-H", "595"];

describe("docx exports open in LibreOffice", { timeout: 180_000 }, () => {
  let changes = "";
  let official = "";
  beforeAll(async () => {
    changes = join(work, "docx-change-table.docx");
    official = join(work, "docx-official-document.docx");
    writeFileSync(
      changes,
      await changeTableDocx(quzhou, raised(), ["本稿预计2021–2025年共需资金X万元（示例说明行）"]),
    );
    writeFileSync(official, await officialDocumentDocx(raised()));
  }, 60_000);

  it("修改对照表: the changed clause with old and new words and the structured change", () => {
    const pdf = toPdf(changes);
    expect(pages(pdf, "docx-change-table")).toBeGreaterThanOrEqual(1);
    const t = text(pdf);
    expect(t).toContain("修改对照表");
    expect(t).toContain("原条文");
    expect(t).toContain("修改说明");
    expect(text(pdf, column(0))).toContain("6万、2万、0.6万元");
    expect(text(pdf, column(1))).toContain("6万、3万、0.6万元");
    expect(text(pdf, column(2))).toContain("衢州工匠系列一次性经费支持20,000元→30,000元");
    // only the changed clause is listed: an untouched clause's text is absent
    const untouched =
      quzhou.clauses.find((c) => c.id === "golden-blue-collar")?.text.slice(0, 20) ?? "";
    expect(t).not.toContain(untouched.replace(/\s+/gu, ""));
  });

  it("公文: title, headings and every clause, over several pages", () => {
    const pdf = toPdf(official);
    expect(pages(pdf, "docx-official-document")).toBeGreaterThanOrEqual(2);
    const t = text(pdf);
    expect(t).toContain(quzhou.title.replace(/\s+/gu, ""));
    for (const c of raised().clauses) expect(t).toContain(c.text.replace(/\s+/gu, "").slice(0, 12));
    expect(t).toContain("—1—");
  });
});
