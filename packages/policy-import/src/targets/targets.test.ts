import { describe, expect, it } from "vitest";
import { readTargets } from "./targets.ts";

describe("targets", () => {
  it("reads figures, units, comparators and the due year", () => {
    const t = readTargets(
      "到2027年，力争全市产业技术工人达55万人、技能人才达34万人，其中工匠型高技能人才12万人，高技能人才占技能人才总量比例超35%",
    );
    expect(t.map((x) => [x.value.label, x.value.value, x.value.unit, x.value.byDate])).toEqual([
      ["产业技术工人", 550000, "人", "2027-12-31"],
      ["技能人才", 340000, "人", "2027-12-31"],
      ["工匠型高技能人才", 120000, "人", "2027-12-31"],
      ["高技能人才占技能人才总量比例", 35, "%", "2027-12-31"],
    ]);
  });
  it("reads a yearly target and an approximate one", () => {
    const [t] = readTargets("到2025年，每年开展智能制造行业技能人才培训5000人次。");
    expect(t?.value).toMatchObject({ value: 5000, unit: "人次", perYear: true });
    const [a] = readTargets("到2025年，全市技能人才占从业人员比例达到35%左右");
    expect(a?.value).toMatchObject({ value: 35, unit: "%", comparator: "about" });
  });
  it("leaves money sentences to the benefit reader", () => {
    expect(readTargets("到2025年，给予每家5万元、共10家")).toEqual([]);
  });
});
