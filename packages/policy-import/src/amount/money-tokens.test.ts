import { describe, expect, it } from "vitest";
import { findMoney } from "./money-tokens.ts";

const fens = (text: string) => findMoney(text).map((t) => t.fen);

describe("money as policy texts write it", () => {
  it("reads every written form of an amount", () => {
    expect(fens("给予0.6万元的经费支持")).toEqual([600_000]);
    expect(fens("给予两万元奖励")).toEqual([2_000_000]);
    expect(fens("按5000元/人给予补助")).toEqual([500_000]);
    expect(fens("给予三千元补贴")).toEqual([300_000]);
    expect(fens("安排专项资金1.5亿元")).toEqual([15_000_000_000]);
    expect(fens("给予一次性奖励30万元")).toEqual([30_000_000]);
    expect(fens("给予每人每年１万元")).toEqual([1_000_000]);
  });
  it("lets a list share the unit of its last member", () => {
    expect(fens("分别给予一次性10万、6万、2万、0.6万元的经费支持")).toEqual([
      10_000_000, 6_000_000, 2_000_000, 600_000,
    ]);
    expect(fens("分别按30万、20万、10万、5万元的标准")).toEqual([
      30_000_000, 20_000_000, 10_000_000, 5_000_000,
    ]);
  });
  it("keeps the per-unit suffix and marks ranges", () => {
    const [t] = findMoney("按选送单位10万元/人的经费资助");
    expect(t?.perUnit).toBe("人");
    const range = findMoney("给予3000至5000元补贴");
    expect(range.map((r) => [r.fen, r.rangeStart ?? false, r.rangeEnd ?? false])).toEqual([
      [300_000, true, false],
      [500_000, false, true],
    ]);
  });
  it("ignores figures that are not money", () => {
    expect(fens("到2025年，技能人才达34万人，一次性培训1000人次，提高30%")).toEqual([]);
    expect(fens("按1:1配套")).toEqual([]);
  });
  it("reports an amount it cannot hold exactly rather than inventing one", () => {
    const [t] = findMoney(`${"9".repeat(30)}亿元`);
    expect(t?.fen).toBeUndefined();
  });
});
