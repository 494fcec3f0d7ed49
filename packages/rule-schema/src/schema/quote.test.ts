import { describe, expect, it } from "vitest";
import { compile } from "../engine/compile.ts";
import { evaluate } from "../engine/evaluate.ts";
import { describeResult } from "../engine/explain/describe.ts";
import { explain } from "../engine/explain/explain.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { validateProgram } from "./validate.ts";

const text = "对获得“示例工匠”的，给予一次性奖励30万元。对获奖选手，优先推荐申报技术能手。";

function withQuotes(benefitQuote: string, treatmentQuote: string, targetQuote: string) {
  const p = program("q", [fixed("award", "award", 30 * WAN, { quote: benefitQuote })]);
  const clause = p.clauses![0]!;
  clause.text = text;
  clause.treatments = [
    { id: "recommend", kind: "recommendation", label: "优先推荐", quote: treatmentQuote },
  ];
  clause.targets = [{ id: "t", label: "工匠", value: 10, unit: "名", quote: targetQuote }];
  return p;
}

describe("quote (the granting sentence, verbatim)", () => {
  it("accepts quotes that occur in the clause text, ignoring whitespace", () => {
    const r = validateProgram(
      withQuotes("给予一次性奖励30万元。", "优先推荐申报\n技术能手", "对获奖选手"),
    );
    expect(r.issues).toEqual([]);
  });

  it("names the path of a quote that is not in the clause text", () => {
    const r = validateProgram(withQuotes("给予一次性奖励50万元", "优先推荐", "对获奖选手"));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({
        path: "clauses.0.benefits.0.quote",
        code: "quote_not_in_text",
        message: expect.stringContaining("1."),
      }),
    ]);
    const t = validateProgram(withQuotes("给予一次性奖励30万元", "直接认定", "到2027年"));
    expect(t.issues.map((i) => i.path)).toEqual([
      "clauses.0.treatments.0.quote",
      "clauses.0.targets.0.quote",
    ]);
  });

  it("checks program-level target quotes against the preamble", () => {
    const p = program("q", [], {
      preamble: "到2035年，高技能人才队伍规模持续壮大。",
      targets: [
        { id: "t", label: "队伍规模", value: 1, unit: "支", quote: "高技能人才队伍规模持续壮大" },
      ],
    });
    expect(validateProgram(p).issues).toEqual([]);
    p.targets = [{ id: "t", label: "队伍规模", value: 1, unit: "支", quote: "到2030年" }];
    expect(validateProgram(p).issues.map((i) => i.path)).toEqual(["targets.0.quote"]);
  });

  it("is carried to the described result and the explanation", () => {
    const p = withQuotes("给予一次性奖励30万元", "优先推荐申报技术能手", "对获奖选手");
    const r = evaluate(compile([p]), person(), "2024-06-01");
    const d = describeResult(r);
    expect(d.entitlements[0]?.quote).toBe("给予一次性奖励30万元");
    expect(d.treatments[0]?.quote).toBe("优先推荐申报技术能手");
    expect(explain(r)).toContain("原文：“给予一次性奖励30万元”");
  });
});
