import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateProgram } from "../schema/validate.ts";
import { program } from "../testing/fixtures.ts";
import { formatCount, programTargets } from "./program-targets.ts";

describe("programTargets", () => {
  // 黄石 一、总体目标: "到2027年，……技能人才达34万人……高技能人才占技能人才总量比例超35%"
  // and 二（一）2. "全市每年开展企业职工培训1万人次以上".
  const r = validateProgram(
    program("t", [], {
      targets: [
        { id: "skilled", label: "技能人才", value: 340000, unit: "人", byDate: "2027-12-31" },
        {
          id: "share",
          label: "高技能人才占比",
          value: 35,
          unit: "%",
          comparator: "about",
          byDate: "2027-12-31",
        },
        { id: "qual", label: "高技能人才队伍规模持续壮大", byDate: "2035-12-31" },
      ],
      clauses: [
        {
          id: "training",
          citation: "二（一）2.",
          text: "全市每年开展企业职工培训1万人次以上。",
          targets: [
            {
              id: "yearly",
              label: "全市每年开展企业职工培训",
              value: 10000,
              unit: "人次",
              perYear: true,
            },
          ],
        },
      ],
    }),
  );
  const views = r.ok ? programTargets(r.value) : [];

  it("formats figures in 万 and the comparator in words", () => {
    expect(views.map((v) => v.text)).toEqual([
      "到2027年，技能人才达34万人以上",
      "到2027年，高技能人才占比达35%左右",
      "到2035年，高技能人才队伍规模持续壮大",
      "全市每年开展企业职工培训达1万人次以上",
    ]);
    expect(views[0]).toMatchObject({
      source: "program",
      value: 340000,
      unit: "人",
      valueText: "34万人以上",
      byYear: 2027,
    });
  });

  it("keeps where each target stands and marks qualitative ones", () => {
    expect(views[2]).toMatchObject({ qualitative: true });
    expect(views[2]?.valueText).toBeUndefined();
    expect(views[3]).toMatchObject({ source: "clause", citation: "二（一）2.", perYear: true });
  });

  it("writes counts of ten thousand and more in 万", () => {
    expect([formatCount(550000), formatCount(12500), formatCount(8000), formatCount(35)]).toEqual([
      "55万",
      "1.25万",
      "8000",
      "35",
    ]);
  });
});

describe("property: formatCount", () => {
  it("reads back to the same number (万 for ten thousand and more)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (n) => {
        const text = formatCount(n);
        const back = text.endsWith("万")
          ? Math.round(Number(text.slice(0, -1)) * 10000)
          : Number(text);
        expect(back).toBe(n);
      }),
    );
  });
});
