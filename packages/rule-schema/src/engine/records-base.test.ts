import { describe, expect, it } from "vitest";
import { validateProgram } from "../schema/validate.ts";
import { person, program } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { describeResult } from "./explain/describe.ts";
import { explain } from "./explain/explain.ts";

// 衢州: 对在浙江技能大赛上获奖的我市选手，按照主办方或上级的奖励额度给予1:1配套
const match = program("qz", [
  {
    id: "zhejiang-match",
    matter: "zhejiang-skills-match",
    label: "浙江技能大赛奖励1:1配套",
    recipient: "person",
    amount: {
      kind: "matching",
      ratio: 1,
      of: {
        records: "competitions",
        where: {
          all: [
            { fact: "name", op: "eq", value: "浙江技能大赛" },
            { fact: "medal", op: "gte", value: "bronze" },
          ],
        },
        field: "awardFen",
      },
    },
  },
]);

describe("amount base: sum of a money field over matching records", () => {
  it("matches the host's award of every matching record, and only those", () => {
    const profile = person({
      competitions: [
        { name: "浙江技能大赛", medal: "gold", year: 2023, awardFen: 30_000_00 },
        { name: "浙江技能大赛", medal: "bronze", year: 2024, awardFen: 5_000_00 },
        { name: "浙江技能大赛", medal: "none", year: 2024, awardFen: 1_000_00 },
        { name: "全国技能大赛", medal: "gold", year: 2024, awardFen: 100_000_00 },
      ],
    });
    const r = evaluate(compile([match]), profile, "2024-06-01");
    expect(r.entitlements[0]).toMatchObject({
      amount: 35_000_00,
      base: {
        kind: "records",
        records: "competitions",
        field: "awardFen",
        fen: 35_000_00,
        count: 2,
      },
    });
    expect(describeResult(r).entitlements[0]?.base).toMatchObject({ kind: "records", count: 2 });
    expect(explain(r)).toContain("按2项符合条件记录的金额合计3.5万元的1:1配套");
  });

  it("pays nothing without a matching record that carries the amount", () => {
    const set = compile([match]);
    const none = person({ competitions: [{ name: "浙江技能大赛", medal: "gold" }] });
    expect(evaluate(set, none, "2024-06-01").entitlements).toEqual([]);
    expect(evaluate(set, person(), "2024-06-01").entitlements).toEqual([]);
  });

  it("names the path of a field that is not money", () => {
    const bad = structuredClone(match);
    const amount = bad.clauses![0]!.benefits![0]!.amount as { of: { field: string } };
    amount.of.field = "rank";
    expect(validateProgram(bad).issues).toEqual([
      expect.objectContaining({
        path: "clauses.0.benefits.0.amount.of.field",
        message: expect.stringContaining("money"),
      }),
    ]);
  });
});
