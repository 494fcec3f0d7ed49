import { describe, expect, it } from "vitest";
import { compile } from "../engine/compile.ts";
import { evaluate } from "../engine/evaluate.ts";
import { explain } from "../engine/explain/explain.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { checkProfileFacts } from "./check-profile-facts.ts";
import { validateProgram } from "./validate.ts";

// 武汉 二（一）3.: 市人力资源社会保障部门培养推荐的国家级一类竞赛第一名 — the flag belongs to
// the same competition record as the rank, so it must be a field of that record.
const recommended = program(
  "wh",
  [
    fixed("first-place", "national-first", 20 * WAN, {
      conditions: {
        fact: "competitions",
        op: "some",
        where: {
          all: [
            { fact: "level", op: "eq", value: "national" },
            { fact: "category", op: "eq", value: "class-1" },
            { fact: "rank", op: "eq", value: 1 },
            { fact: "recommendedByCityHr", op: "eq", value: true },
          ],
        },
      },
    }),
  ],
  {
    facts: [
      {
        key: "competitions",
        extends: true,
        label: "竞赛成绩（本市字段）",
        fields: [{ key: "recommendedByCityHr", label: "市人社部门培养推荐", type: "boolean" }],
      },
    ],
  },
);

describe("programs extend the fields of national records", () => {
  it("validates and tests the extended field inside `some`, on the same record", () => {
    expect(validateProgram(recommended).issues).toEqual([]);
    const set = compile([recommended]);
    const same = person({
      competitions: [
        { level: "national", category: "class-1", rank: 1, recommendedByCityHr: true, year: 2024 },
      ],
    });
    const r = evaluate(set, same, "2024-06-01");
    expect(r.entitlements.map((e) => e.amount)).toEqual([20 * WAN]);
    expect(explain(r)).toContain("市人社部门培养推荐");
    // flag and first place on different records: not the same competition
    const split = person({
      competitions: [
        { level: "national", category: "class-1", rank: 1 },
        { level: "province", category: "class-1", rank: 3, recommendedByCityHr: true },
      ],
    });
    expect(evaluate(set, split, "2024-06-01").entitlements).toEqual([]);
    expect(checkProfileFacts(set.scope, same.facts as Record<string, unknown>)).toEqual([]);
  });

  it("says what is wrong with a bad extension", () => {
    const noFields = structuredClone(recommended);
    noFields.facts![0]!.fields = [];
    expect(validateProgram(noFields).issues[0]?.path).toBe("facts.0.values");
    const retyped = structuredClone(recommended);
    retyped.facts![0]!.fields = [{ key: "rank", label: "名次", type: "string" }];
    expect(validateProgram(retyped).issues).toContainEqual(
      expect.objectContaining({ path: "facts.0", message: expect.stringContaining("rank") }),
    );
    const fieldsOnSet = structuredClone(recommended);
    fieldsOnSet.facts![0]!.key = "honours";
    expect(validateProgram(fieldsOnSet).issues[0]?.message).toContain("不是记录事实");
  });
});
