import { describe, expect, it } from "vitest";
import { redline, redlineChanges } from "./redline.ts";

describe("redline by Chinese words", () => {
  it("strikes the old figure and inserts the new one, keeping the rest of the sentence", () => {
    const parts = redline(
      "对衢州工匠给予一次性经费支持2万元，由市人社局负责。",
      "对衢州工匠给予一次性经费支持3万元，由市人社局、市财政局负责。",
    );
    expect(redlineChanges(parts)).toEqual({ removed: ["2"], added: ["3", "、市财政局"] });
    expect(parts[0]).toEqual({ kind: "same", text: "对衢州工匠给予一次性经费支持" });
  });

  it("replaces whole words, not stray characters of them", () => {
    const { removed, added } = redlineChanges(redline("由市人社局牵头", "由市财政局牵头"));
    // 人社 and 财政 are words: no half-word like "人" kept beside "财政"
    expect(removed.join("")).toContain("人");
    expect(added.join("")).toContain("财政");
    expect(removed.every((w) => w.length >= 1)).toBe(true);
  });

  it("returns nothing to mark for identical texts", () => {
    expect(redline("不变的条文。", "不变的条文。")).toEqual([
      { kind: "same", text: "不变的条文。" },
    ]);
  });
});

describe("redline rebuilds both texts", () => {
  const text =
    "对获得世界技能大赛金、银、铜牌的选手，分别给予50万元、30万元、20万元奖励；其教练团队按1:1给予奖励。";
  const edits = [
    (t: string) => `新增：${t}`,
    (t: string) => `${t}所需资金由市财政承担。`,
    (t: string) => t.replace("30万元", "40万元").replace("教练团队", "专家教练团队"),
    (t: string) => t.replace("金、银、铜牌", "金牌"),
    (t: string) => t.slice(10),
  ];
  it.each(edits.map((e, i) => [i, e] as const))("edit %i", (_i, edit) => {
    const after = edit(text);
    const parts = redline(text, after);
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(text);
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(after);
  });
});
