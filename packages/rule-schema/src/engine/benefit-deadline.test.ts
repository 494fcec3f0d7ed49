import { describe, expect, it } from "vitest";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { describeResult } from "./explain/describe.ts";
import { explain } from "./explain/explain.ts";

// 衢州: 其中具体条款已明确施行期限的，从其规定 — a clause 到2025年 bounds its benefits;
// a benefit's own deadline bounds it alone, and says so.
const p = program("qz", [
  fixed("until-2025", "clause-bound", 2 * WAN),
  fixed("own-deadline", "own", 3 * WAN, { deadline: "2024-12-31" }),
  fixed("later", "later", WAN),
]);
p.clauses![0]!.deadline = "2025-12-31";
p.clauses![2]!.effectiveFrom = "2024-03-01";
p.clauses![2]!.benefits![0]!.deadline = undefined;
const set = compile([p]);

describe("clause and benefit deadlines", () => {
  it("a clause deadline bounds its benefits (last day inclusive) and reports the clause", () => {
    expect(evaluate(set, person(), "2025-12-31").entitlements.map((e) => e.ref.benefitId)).toEqual([
      "until-2025",
      "later",
    ]);
    const after = evaluate(set, person(), "2026-01-01");
    expect(after.entitlements.map((e) => e.ref.benefitId)).toEqual(["later"]);
    expect(after.clauses.map((c) => [c.clause.id, c.status])).toEqual([["clause-1", "expired"]]);
    // reported once, as a clause, not again per benefit
    expect(after.benefits.map((b) => b.ref.benefitId)).toEqual(["own-deadline"]);
  });

  it("a benefit past its own deadline is reported with the date, not silently dropped", () => {
    const r = evaluate(set, person(), "2025-01-01");
    expect(r.entitlements.map((e) => e.ref.benefitId)).toEqual(["until-2025", "later"]);
    expect(r.benefits).toEqual([
      expect.objectContaining({ status: "expired", from: "2024-01-01", until: "2024-12-31" }),
    ]);
    expect(describeResult(r).benefits).toEqual([
      {
        programId: "qz",
        clauseId: "clause-2",
        citation: "2.",
        benefitId: "own-deadline",
        matter: "own",
        label: "own-deadline 奖励",
        status: "expired",
        from: "2024-01-01",
        until: "2024-12-31",
      },
    ]);
    expect(explain(r)).toContain("2. own-deadline 奖励已于 2024-12-31 到期，该待遇暂不发放。");
    expect(evaluate(set, person(), "2024-12-31").benefits).toEqual([]);
  });

  it("only benefits for the profile's kind are reported", () => {
    const r = evaluate(
      set,
      { id: "o", kind: "employer", regionCode: "420112", facts: {} },
      "2025-06-01",
    );
    expect(r.benefits).toEqual([]);
  });
});
