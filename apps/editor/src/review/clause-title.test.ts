import { describe, expect, it } from "vitest";
import { clauseTitle, firstWords } from "./clause-title.ts";

const clause = (over: Partial<Parameters<typeof clauseTitle>[0]>) => ({
  citationBefore: "一、",
  citationAfter: "一、",
  heading: null,
  textBefore: null,
  textAfter: null,
  ...over,
});

describe("clauseTitle", () => {
  it("names a clause by its citation and heading when it has one", () => {
    expect(clauseTitle(clause({ heading: "工匠奖励", textAfter: "对获评…" }))).toBe(
      "一、 工匠奖励",
    );
  });

  it("names a clause without a heading by the first words of its text, not a bare marker", () => {
    const c = clause({ textAfter: "每年评选区级工匠10名，对技师以上的区级工匠每人给予奖励。" });
    expect(clauseTitle(c)).toBe("一、 每年评选区级工匠10名");
  });

  it("cuts a long opening, uses the old text of a removed clause and skips a repeated number", () => {
    const long = "对在本区工作满三年以上并取得高级技师职业资格证书的技能人才给予补贴。";
    expect(clauseTitle(clause({ textAfter: long }))).toBe("一、 对在本区工作满三年以上并…");
    const removed = clause({
      citationAfter: null,
      citationBefore: "2.",
      textBefore: "2.遴选办法。",
    });
    expect(clauseTitle(removed)).toBe("2. 遴选办法");
  });

  it("falls back to the citation alone when there is no text either", () => {
    expect(clauseTitle(clause({}))).toBe("一、");
    expect(firstWords("  ", 5)).toBe("");
  });
});
