import { describe, expect, it } from "vitest";
import { programSchema } from "../schema/program.ts";
import { fixed, program, WAN } from "../testing/fixtures.ts";
import { budgetInputs, volumeKeyIssues } from "./budget-rows.ts";
import { defaultHorizon } from "./budget-years.ts";
import { estimateBudget } from "./estimate-budget.ts";

const tiered = {
  id: "craftsman",
  matter: "craftsman",
  label: "工匠奖励",
  recipient: "person" as const,
  tiers: [
    { id: "gold", label: "金牌", amount: { kind: "fixed" as const, fen: 10 * WAN } },
    {
      id: "silver",
      label: "银牌",
      amount: { kind: "fixed" as const, fen: 6 * WAN },
      quota: { count: 20, cycleYears: 2 },
    },
  ],
};
const uplift = {
  id: "uplift",
  matter: "uplift",
  label: "上浮补助",
  recipient: "employer" as const,
  amount: { kind: "uplift" as const, percent: 30, of: { fact: "baseFen" } },
};
const p = programSchema.parse(
  program("inputs", [tiered, uplift], {
    facts: [{ key: "baseFen", label: "原补助标准（分）", type: "money" }],
  }),
);

describe("budgetInputs", () => {
  it("lists one line per benefit or tier with its citation, label and the bases it reads", () => {
    expect(budgetInputs(p)).toEqual([
      {
        key: "craftsman/gold",
        clauseId: "clause-1",
        citation: "1.",
        benefitId: "craftsman",
        tierId: "gold",
        label: "工匠奖励（金牌）",
        bases: [],
      },
      expect.objectContaining({
        key: "craftsman/silver",
        label: "工匠奖励（银牌）",
        quota: "每2年评选一次，每次20名",
      }),
      expect.objectContaining({
        key: "uplift",
        citation: "2.",
        bases: [{ key: "baseFen", label: "原补助标准" }],
      }),
    ]);
  });

  it("marks a line whose text states no amount, which no volume can cost", () => {
    const open = programSchema.parse(
      program("open", [
        {
          id: "award",
          matter: "award",
          label: "一次性奖励",
          recipient: "person",
          amount: { kind: "unspecified" },
        },
        fixed("fixed", "fixed", WAN),
      ]),
    );
    expect(budgetInputs(open).map((i) => [i.key, i.amountOpen])).toEqual([
      ["award", true],
      ["fixed", undefined],
    ]);
  });

  it("names the volume keys a program lacks in Chinese", () => {
    const keys = new Set(budgetInputs(p).map((i) => i.key));
    expect(volumeKeyIssues({ "craftsman/gold": {}, "craftsman/bronze": {} }, keys)).toEqual([
      expect.objectContaining({ path: "volumes.craftsman/bronze", code: "unknown-benefit" }),
    ]);
  });

  it("gives the horizon the validity implies, and none for an open-ended program", () => {
    expect(defaultHorizon(p)).toEqual({ fromYear: 2024 });
    const dated = programSchema.parse(
      program("dated", [fixed("a", "a", WAN)], {
        validity: {
          effective: { from: "date", date: "2024-01-01" },
          expiry: { kind: "last-day", date: "2026-12-31" },
        },
      }),
    );
    expect(defaultHorizon(dated)).toEqual({ fromYear: 2024, toYear: 2026 });
  });
});

describe("the basis of each costed line", () => {
  it("says whether the count came from the assumptions or the text, and which base was used", () => {
    const b = estimateBudget(p, {
      horizon: { toYear: 2027 },
      volumes: { "craftsman/gold": { perYear: 3, note: "按近三年获奖人数" }, uplift: { total: 2 } },
      bases: { baseFen: 1000_00 },
    });
    const basis = Object.fromEntries(b.lines.map((l) => [l.key, l.basis]));
    expect(basis["craftsman/gold"]).toEqual(["数量按测算假设：每年3名（按近三年获奖人数）"]);
    expect(basis["craftsman/silver"]).toEqual(["名额按原文：每2年评选一次，每次20名"]);
    expect(basis.uplift).toEqual([
      "数量按测算假设：合计2家",
      "基数按测算假设：原补助标准平均1000元",
    ]);
  });
});
