// One matter across districts over the real seed programs: the national master studio subsidy
// (国家级技能大师工作室) is granted in 黄石 and 衢州, and 武汉 subsidises master studios too.
import { parsePrograms, seedProgramFiles } from "@jiangce/programs";
import { describe, expect, it } from "vitest";
import { matterGrants } from "../../apps/editor/src/matters/matter-grants.ts";

const published = parsePrograms(seedProgramFiles).map((document) => ({
  programId: document.id,
  title: document.title,
  district: document.issuer.name,
  document,
}));

describe("a matter across districts (seed programs)", () => {
  it("finds the master studio subsidy in 黄石, 衢州 and 武汉 with amounts from the texts", () => {
    const rows = matterGrants(published, "技能大师工作室");
    expect(new Set(rows.map((r) => r.district))).toEqual(new Set(["黄石市", "衢州市", "武汉市"]));
    const national = matterGrants(published, "国家级技能大师工作室");
    expect(national.map((r) => [r.district, r.amounts])).toEqual([
      ["黄石市", ["10万元"]],
      ["衢州市", ["10万元"]],
    ]);
    expect(national.every((r) => r.citation.length > 0)).toBe(true);
  });

  it("finds every program granting a matter id, and only benefits of that matter", () => {
    const rows = matterGrants(published, "master-studio-matching");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.matter === "master-studio-matching")).toBe(true);
  });
});
