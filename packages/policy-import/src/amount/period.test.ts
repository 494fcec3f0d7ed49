import { describe, expect, it } from "vitest";
import { readPeriod } from "./period.ts";

const period = (s: string, amount: string) => {
  const at = s.indexOf(amount);
  return readPeriod(s, s.slice(Math.max(0, at - 12), at + amount.length + 8)).period;
};

describe("how often money is paid", () => {
  it("reads the period written next to the amount", () => {
    expect(
      period("在一线岗位工作的高级技师、技师，分别给予每人每年1万元、5000元的人才津贴", "1万元"),
    ).toBe("per-year");
    expect(period("对引进的博士研究生，按每人每月3000元发放生活补贴", "3000元")).toBe("per-month");
    expect(period("给予每人每次1000元专项服务补贴", "1000元")).toBe("per-occasion");
    expect(period("给予“武汉工匠”人员一次性奖励30万元", "30万元")).toBe("once");
  });
  it("does not take a yearly selection elsewhere in the sentence for a yearly payment", () => {
    expect(
      period(
        "每年选派50名左右优秀技能人才到国内外先进地区开展交流学习，给予每人不超过2万元的经费资助",
        "2万元",
      ),
    ).toBe("once");
  });
  it("pays competition awards per result and annual qualifications per year", () => {
    expect(
      period("对在世界技能大赛上获得金牌的选手，按100万元的标准给予一次性奖励", "100万元"),
    ).toBe("per-occasion");
    expect(
      period("对年培训超1000人次的市级公共实训基地，给予每家不超过20万元的经费支持", "20万元"),
    ).toBe("per-year");
  });
});
