import { describe, expect, it } from "vitest";
import { readPrecedence } from "./precedence.ts";

describe("precedence phrases", () => {
  it("reads the rules programs state in words", () => {
    expect(
      readPrecedence("我市其他政策与本方案同一事项支持力度不一致的，按“从新就高”原则执行")?.value,
    ).toEqual({
      acrossPrograms: "highest-then-newest",
    });
    expect(readPrecedence("此前相关政策与本政策不一致的，按本政策执行。")?.value).toEqual({
      acrossPrograms: "newest",
    });
    expect(readPrecedence("国家、省今后有明确规定的从其规定")?.value).toEqual({
      higherLevelOverrides: true,
    });
    expect(readPrecedence("涉及中央和省等新规定调整的，则按新规定执行")?.value).toEqual({
      higherLevelOverrides: true,
    });
    expect(readPrecedence("并按照就高、不重复享受原则，对衢州大工匠")?.value).toEqual({
      withinMatter: "highest",
    });
    expect(readPrecedence("符合多项条件的，可叠加享受")?.value).toEqual({ withinMatter: "stack" });
    expect(readPrecedence("本办法与其他政策重复的，按就高原则执行，不重复享受。")?.value).toEqual({
      acrossPrograms: "highest-then-newest",
    });
  });
  it("does not see precedence in ordinary sentences", () => {
    expect(readPrecedence("其中具体条款已明确施行期限的，从其规定。")).toBeUndefined();
    expect(readPrecedence("提高技能人才待遇")).toBeUndefined();
  });
});
