import { describe, expect, it } from "vitest";
import { compile } from "../engine/compile.ts";
import { evaluate } from "../engine/evaluate.ts";
import { describeResult } from "../engine/explain/describe.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { formatQuota } from "./quota.ts";
import { validateProgram } from "./validate.ts";

describe("quota", () => {
  it("may state a cycle without a head count (每5年评选一次), but not neither", () => {
    const cycleOnly = program("q", [fixed("a", "a", WAN, { quota: { cycleYears: 5 } })]);
    expect(validateProgram(cycleOnly).issues).toEqual([]);
    expect(formatQuota({ cycleYears: 5, approximate: false })).toBe("每5年评选一次，名额未定");
    const neither = program("q", [fixed("a", "a", WAN, { quota: { approximate: true } })]);
    const r = validateProgram(neither);
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({
        path: "clauses.0.benefits.0.quota.count",
        message: expect.stringContaining("cycleYears"),
      }),
    ]);
  });

  it("sits on tiers (用五年时间 10名左右大工匠、50名左右杰出工匠) and on treatments", () => {
    const p = program("q", [
      {
        id: "craftsmen",
        matter: "craftsmen",
        label: "工匠奖励",
        recipient: "person",
        tiers: [
          {
            id: "great",
            label: "大工匠",
            conditions: { fact: "honours", op: "contains", value: "great-craftsman" },
            amount: { kind: "fixed", fen: 50 * WAN },
            quota: { count: 10, approximate: true },
          },
          {
            id: "young",
            label: "青年工匠",
            amount: { kind: "fixed", fen: 5 * WAN },
            quota: { count: 500, approximate: true },
          },
        ],
      },
    ]);
    p.clauses![0]!.treatments = [
      {
        id: "selection",
        kind: "honour",
        label: "评选武汉工匠",
        quota: { count: 20, approximate: true, cycleYears: 2 },
      },
    ];
    const r = evaluate(compile([p]), person({ honours: ["great-craftsman"] }), "2024-06-01");
    const d = describeResult(r);
    expect(d.entitlements[0]).toMatchObject({
      tierId: "great",
      quota: { count: 10, approximate: true },
    });
    expect(d.excluded[0]).toMatchObject({ tierId: "young", quota: { count: 500 } });
    expect(d.treatments[0]?.quota).toEqual({ count: 20, approximate: true, cycleYears: 2 });
    expect(formatQuota(d.treatments[0]!.quota!)).toBe("每2年评选一次，每次20名左右");
  });
});
