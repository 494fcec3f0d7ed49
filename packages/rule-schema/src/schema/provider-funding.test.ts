import { describe, expect, it } from "vitest";
import { compile } from "../engine/compile.ts";
import { evaluate } from "../engine/evaluate.ts";
import { describeResult } from "../engine/explain/describe.ts";
import { explain } from "../engine/explain/explain.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { validateProgram } from "./validate.ts";

describe("treatment provider and clause funding", () => {
  const p = program("f", [
    fixed("award", "award", WAN),
    fixed("own", "own", WAN, { funding: "人才专项资金" }),
  ]);
  p.clauses![0]!.funding = "统筹就业补助资金、失业保险基金";
  p.clauses![0]!.treatments = [
    {
      id: "equal-treatment",
      kind: "equivalent-treatment",
      label: "比照助理工程师享受同等待遇",
      provider: "employer",
      encouragedOnly: true,
    },
  ];

  it("benefits inherit the clause's funding unless they state their own", () => {
    const d = describeResult(evaluate(compile([p]), person(), "2024-06-01"));
    expect(d.entitlements.map((e) => [e.benefitId, e.funding])).toEqual([
      ["award", "统筹就业补助资金、失业保险基金"],
      ["own", "人才专项资金"],
    ]);
  });

  it("a treatment says who provides it", () => {
    const r = evaluate(compile([p]), person(), "2024-06-01");
    expect(describeResult(r).treatments[0]?.provider).toBe("employer");
    expect(explain(r)).toContain("比照助理工程师享受同等待遇（由所在单位提供）（鼓励性措施）");
  });

  it("rejects an unknown provider, naming the path", () => {
    const bad = structuredClone(p);
    (bad.clauses![0]!.treatments![0] as { provider: string }).provider = "city";
    const r = validateProgram(bad);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      path: "clauses.0.treatments.0.provider",
      message: expect.stringContaining("employer"),
    });
  });
});
