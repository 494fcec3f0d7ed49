import { describe, expect, it } from "vitest";
import { BudgetAssumptionsInvalidError } from "../errors/budget-assumptions-invalid-error.ts";
import { fixed, program, WAN } from "../testing/fixtures.ts";
import { estimateBudget } from "./estimate-budget.ts";

// 2022-01-01 + 5 years → last day 2026-12-31: the years 2022–2026.
const fiveYears = {
  validity: {
    issued: "2022-01-01",
    effective: { from: "issue" as const },
    expiry: { kind: "duration" as const, years: 5 },
  },
};

describe("estimateBudget", () => {
  it("multiplies a quota by its selections within the validity window (每2年评选一次，每次20名)", () => {
    const p = program(
      "cycle",
      [fixed("award", "award", 20 * WAN, { quota: { count: 20, cycleYears: 2 } })],
      fiveYears,
    );
    const b = estimateBudget(p);
    // selections in 2022, 2024, 2026: 20 × 3 × 20万元 = 1200万元
    expect(b.lines[0]).toMatchObject({
      totalFen: 1200 * WAN,
      working: "20名 × 3次评选 × 20万元 = 1200万元",
    });
    expect(b.lines[0]?.byYear).toEqual({ "2022": 400 * WAN, "2024": 400 * WAN, "2026": 400 * WAN });
    expect(b.byYear.find((y) => y.year === 2023)?.fen).toBe(0);
  });

  it("pays a yearly allowance every year in force, and a monthly one twelve times", () => {
    const p = program(
      "allowance",
      [
        fixed("yearly", "yearly", 1 * WAN, { period: "per-year" }),
        fixed("monthly", "monthly", 100_000, { period: "per-month" }),
      ],
      fiveYears,
    );
    const b = estimateBudget(p, { volumes: { yearly: { perYear: 100 }, monthly: { total: 10 } } });
    expect(b.lines[0]?.working).toBe("每年100名 × 1万元/年 × 5年 = 500万元");
    // 10 people × 1000元 × 12 months × 5 years = 600 000 元
    expect(b.lines[1]).toMatchObject({
      totalFen: 60 * WAN,
      working: "10名 × 1000元/月 × 12个月 × 5年 = 60万元",
    });
  });

  it("splits government and employer money and costs matching from the line it matches", () => {
    const p = program(
      "match",
      [
        fixed("expert", "expert-award", 5000_00),
        {
          id: "expert-match",
          matter: "expert-match",
          label: "单位配套",
          recipient: "person",
          payer: "employer",
          amount: { kind: "matching", ratio: 1, of: { matter: "expert-award" } },
        },
      ],
      fiveYears,
    );
    const b = estimateBudget(p, { volumes: { expert: { perYear: 10 } } });
    // 10 × 5000元 × 5 years = 25万元, matched 1:1 by employers
    expect(b.total.byPayer).toEqual({ government: 25 * WAN, employer: 25 * WAN, other: 0 });
    expect(b.lines[1]?.working).toBe("按“expert 奖励”测算额25万元1:1配套 = 25万元");
    expect(b.byClause.map((c) => c.byPayer.employer)).toEqual([0, 25 * WAN]);
  });

  it("applies a per-recipient cap when units per recipient are stated, else reports a ceiling", () => {
    const perOccupation = {
      id: "contest",
      matter: "contest",
      label: "竞赛补助",
      recipient: "employer" as const,
      amount: {
        kind: "per-unit" as const,
        fenPerUnit: 1 * WAN,
        unitLabel: "个工种",
        count: { fact: "n" },
        cap: 5 * WAN,
      },
    };
    const p = program("cap", [perOccupation], {
      ...fiveYears,
      facts: [{ key: "n", label: "工种数", type: "number" }],
    });
    // 4 organisers × min(8 × 1万元, 5万元) = 20万元
    const capped = estimateBudget(p, { volumes: { contest: { total: 4, unitsEach: 8 } } });
    expect(capped.lines[0]).toMatchObject({ totalFen: 20 * WAN, upTo: false });
    expect(capped.lines[0]?.notes).toContain("按上限5万元计");
    const ceiling = estimateBudget(p, { volumes: { contest: { total: 30 } } });
    expect(ceiling.lines[0]).toMatchObject({ totalFen: 30 * WAN, upTo: true });
  });

  it("reads a money base from the assumptions and otherwise lists it as unknown", () => {
    const uplift = {
      id: "uplift",
      matter: "uplift",
      label: "上浮补助",
      recipient: "employer" as const,
      amount: { kind: "uplift" as const, percent: 30, of: { fact: "baseFen" } },
    };
    const p = program("base", [uplift], {
      ...fiveYears,
      facts: [{ key: "baseFen", label: "原补助标准", type: "money" }],
    });
    expect(estimateBudget(p, { volumes: { uplift: { total: 2 } } }).unknowns[0]?.reason).toContain(
      "baseFen",
    );
    const known = estimateBudget(p, {
      volumes: { uplift: { total: 2 } },
      bases: { baseFen: 1000_00 },
    });
    // 2 × 1000元 × 130% = 2600元
    expect(known.lines[0]).toMatchObject({
      totalFen: 2600_00,
      working: "2家 × 1300元（1000元上浮30%） = 2600元",
    });
  });

  it("stops a benefit at its clause's deadline", () => {
    const p = program(
      "deadline",
      [fixed("short", "short", 1 * WAN, { period: "per-year", deadline: "2023-12-31" })],
      fiveYears,
    );
    const b = estimateBudget(p, { volumes: { short: { perYear: 1 } } });
    expect(b.lines[0]?.byYear).toEqual({ "2022": 1 * WAN, "2023": 1 * WAN });
  });

  it("rejects volumes for benefits the program does not have, naming the key (中文)", () => {
    const p = program("bad", [fixed("a", "a", WAN)], fiveYears);
    expect(() => estimateBudget(p, { volumes: { nope: { total: 1 } } })).toThrow(
      BudgetAssumptionsInvalidError,
    );
    try {
      estimateBudget(p, { volumes: { a: { total: 1.5 } } });
    } catch (e) {
      expect((e as BudgetAssumptionsInvalidError).code).toBe("BUDGET_ASSUMPTIONS_INVALID");
      expect((e as BudgetAssumptionsInvalidError).issues[0]?.path).toBe("volumes.a.total");
    }
  });
});
