import { describe, expect, it } from "vitest";
import { smallProgram } from "../examples/small-program.ts";
import { fixed, org, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { describeResult } from "./explain/describe.ts";
import { explain } from "./explain/explain.ts";

describe("result totals by payer and ceilings as numbers", () => {
  it("keeps government and employer money apart (示例市技术能手 5000元 + 单位1:1配套)", () => {
    const r = evaluate(
      compile([smallProgram]),
      person({ titles: ["example-technical-expert"] }),
      "2024-06-01",
    );
    const d = describeResult(r);
    expect(d.totalFen).toBe(10_000_00);
    expect(d.byPayer.government).toEqual({ totalFen: 5000_00, upToFen: 0, hasUnspecified: false });
    expect(d.byPayer.employer).toEqual({ totalFen: 5000_00, upToFen: 0, hasUnspecified: false });
    expect(explain(r)).toContain("合计：1万元（其中政府财政5000元，所在单位5000元）。");
  });

  it("gives the ceiling of an open 'up to' amount as a number (每家不超过20万元)", () => {
    const p = program("base", [
      {
        id: "city-base",
        matter: "city-base",
        label: "市级公共实训基地经费支持",
        recipient: "training-base",
        amount: { kind: "unspecified", note: "按评估核定", cap: 20 * WAN, upTo: true },
      },
      fixed("plain", "plain", 3 * WAN, { recipient: "training-base" }),
      fixed("most", "most", 5 * WAN, {
        recipient: "training-base",
        amount: { kind: "fixed", fen: 5 * WAN, upTo: true },
      }),
    ]);
    const r = evaluate(compile([p]), org("training-base"), "2025-01-01");
    const byId = Object.fromEntries(r.entitlements.map((e) => [e.ref.benefitId, e]));
    expect(byId["city-base"]).toMatchObject({
      amount: "unspecified",
      upTo: true,
      ceilingFen: 20 * WAN,
    });
    expect(byId.most).toMatchObject({ amount: 5 * WAN, upTo: true, ceilingFen: 5 * WAN });
    expect(byId.plain?.ceilingFen).toBeNull();
    expect(describeResult(r).byPayer.government).toEqual({
      totalFen: 8 * WAN,
      upToFen: 5 * WAN,
      hasUnspecified: true,
    });
  });
});
