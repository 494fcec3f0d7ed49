import { describe, expect, it } from "vitest";
import { type BudgetInput, horizonYears, toAssumptions, toValues } from "./assumptions-model.ts";

const inputs: BudgetInput[] = [
  {
    key: "award/gold",
    clauseId: "c1",
    citation: "一、",
    benefitId: "award",
    tierId: "gold",
    label: "工匠奖励（金牌）",
    bases: [],
  },
  {
    key: "uplift",
    clauseId: "c2",
    citation: "二、",
    benefitId: "uplift",
    label: "上浮补助",
    bases: [{ key: "baseFen", label: "原补助标准" }],
  },
];

describe("the 测算假设 form model", () => {
  it("reads stored assumptions as form values (fen shown in 元) and writes them back unchanged", () => {
    const stored = {
      horizon: { toYear: 2027 },
      volumes: { "award/gold": { total: 12, note: "三年合计" }, uplift: { perYear: 3 } },
      bases: { baseFen: 1234_56 },
    };
    const values = toValues(stored, inputs);
    expect(values.volumes["award/gold"]).toMatchObject({ mode: "total", count: 12 });
    expect(values.bases.baseFen).toBe(1234.56);
    expect(values.fromYear).toBeNull();
    expect(toAssumptions(values, stored)).toEqual(stored);
  });

  it("drops a line left empty, converts 元 to whole fen, and keeps lines the form does not show", () => {
    const previous = {
      volumes: { "award/gold": { perYear: 5 }, "removed-benefit": { perYear: 1 } },
      bases: {},
    };
    const values = toValues(previous, inputs);
    values.volumes["award/gold"] = { mode: "perYear", count: null };
    values.volumes.uplift = { mode: "perYear", count: 8, note: "  " };
    values.bases.baseFen = 0.1 + 0.2;
    values.fromYear = 2026;
    values.toYear = 2028;
    expect(toAssumptions(values, previous)).toEqual({
      horizon: { fromYear: 2026, toYear: 2028 },
      volumes: { "removed-benefit": { perYear: 1 }, uplift: { perYear: 8 } },
      bases: { baseFen: 30 },
    });
  });

  it("keeps counts stated year by year, leaving out the years left empty", () => {
    const stored = { volumes: { uplift: { byYear: { "2026": 2, "2027": 4 } } }, bases: {} };
    const values = toValues(stored, inputs);
    expect(values.volumes.uplift?.mode).toBe("byYear");
    expect(toAssumptions(values, stored).volumes).toEqual(stored.volumes);
    values.volumes.uplift = { mode: "byYear", byYear: { "2026": null, "2027": 3, "2028": 0 } };
    expect(toAssumptions(values, stored).volumes).toEqual({
      uplift: { byYear: { "2027": 3, "2028": 0 } },
    });
    values.volumes.uplift = { mode: "byYear", byYear: { "2026": null } };
    expect(toAssumptions(values, stored).volumes).toEqual({});
  });

  it("asks counts for the stated horizon, else the validity's years, and none when open", () => {
    expect(horizonYears({ fromYear: null, toYear: 2027 }, { fromYear: 2025 })).toEqual([
      2025, 2026, 2027,
    ]);
    expect(horizonYears({}, { fromYear: 2025, toYear: 2026 })).toEqual([2025, 2026]);
    expect(horizonYears({}, { fromYear: 2025 })).toEqual([]);
    expect(horizonYears({ fromYear: 2028, toYear: 2026 }, {})).toEqual([]);
  });
});
