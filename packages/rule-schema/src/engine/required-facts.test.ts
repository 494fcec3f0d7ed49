import { describe, expect, it } from "vitest";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { requiredFacts } from "./required-facts.ts";

describe("required facts (benefits skipped without running their conditions)", () => {
  it("a leaf and `some` require their fact; all = union, any = intersection, not/none nothing", () => {
    expect(
      [
        ...requiredFacts({
          all: [
            { fact: "skillLevel", op: "gte", value: "technician" },
            {
              any: [
                { fact: "honours", op: "contains", value: "great-craftsman" },
                {
                  all: [
                    { fact: "honours", op: "contains", value: "china-skills-award" },
                    { fact: "age", op: "lt", value: 35 },
                  ],
                },
              ],
            },
            { not: { fact: "titles", op: "contains", value: "x" } },
            { fact: "competitions", op: "none", where: { fact: "rank", op: "eq", value: 1 } },
          ],
        }),
      ].sort(),
    ).toEqual(["honours", "skillLevel"]);
    expect([
      ...requiredFacts({
        fact: "competitions",
        op: "some",
        where: { fact: "rank", op: "eq", value: 1 },
      }),
    ]).toEqual(["competitions"]);
    expect([...requiredFacts(undefined)]).toEqual([]);
  });

  it("never skips a benefit that qualifies through not/none/any or a derived fact", () => {
    const p = program(
      "m",
      [
        fixed("not", "a", WAN, {
          conditions: { not: { fact: "honours", op: "contains", value: "great-craftsman" } },
        }),
        fixed("none", "b", WAN, {
          conditions: {
            fact: "competitions",
            op: "none",
            where: { fact: "rank", op: "eq", value: 1 },
          },
        }),
        fixed("any", "c", WAN, {
          conditions: {
            any: [
              { fact: "age", op: "lt", value: 35 },
              { fact: "skillLevel", op: "gte", value: "technician" },
            ],
          },
        }),
        fixed("derived", "d", WAN, {
          conditions: { fact: "titles", op: "contains", value: "m-craftsman" },
        }),
      ],
      {
        facts: [
          {
            key: "titles",
            extends: true,
            label: "称号",
            values: [{ value: "m-craftsman", label: "M工匠" }],
          },
        ],
        derivations: [
          {
            id: "d",
            fact: "titles",
            value: "m-craftsman",
            when: { fact: "skillLevel", op: "gte", value: "technician" },
          },
        ],
      },
    );
    const set = compile([p]);
    const paid = (facts: Record<string, unknown>) =>
      evaluate(set, person(facts), "2024-06-01").entitlements.map((e) => e.ref.benefitId);
    expect(paid({})).toEqual(["not", "none"]);
    expect(paid({ age: 30 })).toEqual(["not", "none", "any"]);
    expect(paid({ skillLevel: "technician" })).toEqual(["not", "none", "any", "derived"]);
    // the slots and presence bits of one profile never leak into the next
    expect(paid({})).toEqual(["not", "none"]);
  });

  it("an empty list is present for exists/ne but satisfies no contains/some", () => {
    const p = program("e", [
      fixed("has-list", "a", WAN, { conditions: { fact: "honours", op: "exists" } }),
      fixed("contains", "b", WAN, {
        conditions: { fact: "honours", op: "contains", value: "great-craftsman" },
      }),
      fixed("some", "c", WAN, {
        conditions: {
          fact: "competitions",
          op: "some",
          where: { fact: "rank", op: "eq", value: 1 },
        },
      }),
      fixed("none", "d", WAN, {
        conditions: {
          fact: "competitions",
          op: "none",
          where: { fact: "rank", op: "eq", value: 1 },
        },
      }),
    ]);
    const set = compile([p]);
    const paid = (facts: Record<string, unknown>) =>
      evaluate(set, person(facts), "2024-06-01").entitlements.map((e) => e.ref.benefitId);
    expect(paid({ honours: [], competitions: [] })).toEqual(["has-list", "none"]);
    expect(paid({ honours: ["great-craftsman"], competitions: [{ rank: 1 }] })).toEqual([
      "has-list",
      "contains",
      "some",
    ]);
  });
});
