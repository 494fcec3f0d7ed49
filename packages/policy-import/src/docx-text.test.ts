import { describe, expect, it } from "vitest";
import { paragraphsToText, rawTextToParagraphs } from "./docx-text.ts";
import { importPolicyText } from "./import-policy-text.ts";

describe(".docx paragraphs", () => {
  it("puts Word's automatic numbering back so clauses number as on paper", () => {
    const paragraphs = [
      { text: "某区技能人才奖励办法" },
      { text: "总体要求", numbering: "一、" },
      { text: "对获评区级技能大师的，给予一次性奖励1万元。", numbering: "（一）" },
    ];
    expect(paragraphsToText(paragraphs)).toBe(
      "某区技能人才奖励办法\n一、总体要求\n（一）对获评区级技能大师的，给予一次性奖励1万元。",
    );
    const r = importPolicyText("", { paragraphs });
    expect(r.clauses.map((c) => c.citation)).toEqual(["一（一）"]);
    expect(r.proposals.some((p) => p.kind === "benefit")).toBe(true);
  });
  it("turns mammoth's raw text (blank line between paragraphs) into paragraphs", () => {
    expect(rawTextToParagraphs("标题\n\n一、总则\n\n内容").map((p) => p.text)).toEqual([
      "标题",
      "",
      "一、总则",
      "",
      "内容",
    ]);
  });
});
