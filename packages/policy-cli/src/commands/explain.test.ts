import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.ts";
import { programFile, tempFiles } from "../test-files.ts";
import { explainCommand } from "./explain.ts";

async function explainText(profile: unknown, asOf: string, programs?: string[]) {
  const dir = await tempFiles({ "p.json": profile });
  const c = captureIo();
  expect(await explainCommand({ profile: join(dir, "p.json"), asOf, programs }, c.io)).toBe(0);
  return c.out();
}

describe("policy explain", () => {
  it("says in Chinese what is paid, how much, under which clause, until when, and why", async () => {
    const text = await explainText(
      {
        id: "p-medal",
        kind: "person",
        regionCode: "420106",
        facts: { competitions: [{ event: "worldskills", medal: "gold", year: 2022 }] },
      },
      "2024-06-01",
    );
    expect(text).toContain("适用方案（2024-06-01 施行中）：《“武汉工匠”培育计划》");
    expect(text).toContain("二(三)1.");
    expect(text).toContain("30万元");
    expect(text).toContain("2026-12-31");
    expect(text).toContain("由认定规则得出");
    expect(text).toContain("合计：30万元");
  });

  it("lists what was excluded and by which rule (就高、不重复享受)", async () => {
    const text = await explainText(
      {
        id: "qz-p-outstanding",
        kind: "person",
        regionCode: "330881",
        facts: { titles: ["quzhou-craftsman", "quzhou-outstanding-craftsman"] },
      },
      "2023-03-01",
    );
    expect(text).toContain("6万元");
    expect(text).toMatch(/× .*2万元，不予重复享受——.*就高，不重复享受/);
  });

  it("explains 从新就高 between two programs given with --programs", async () => {
    const text = await explainText(
      {
        id: "p-hs",
        kind: "employer",
        regionCode: "420202",
        facts: { platforms: ["national-skill-master-studio"] },
      },
      "2026-06-01",
      [programFile("huangshi"), programFile("huangshi-legacy")],
    );
    expect(text).toContain("15万元");
    expect(text).toContain("从新就高");
  });

  it("says when a program no longer applies", async () => {
    const text = await explainText(
      { id: "p", kind: "person", regionCode: "420106", facts: {} },
      "2027-06-01",
    );
    expect(text).toContain("已失效");
    expect(text).toContain("没有可享受的资金待遇");
  });
});
