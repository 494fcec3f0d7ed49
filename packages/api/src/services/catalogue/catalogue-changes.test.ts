import type { FactDeclaration } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { catalogueChanges, factKeysNamed, takesAway } from "./catalogue-changes.ts";

const levels = (...values: string[]): FactDeclaration => ({
  key: "quzhouTitle",
  label: "衢州工匠称号",
  extends: false,
  type: "ordered",
  values: values.map((value) => ({ value, label: value })),
});
const industries: FactDeclaration = {
  key: "keyIndustry",
  label: "重点产业",
  extends: false,
  type: "set",
  values: [{ value: "新材料", label: "新材料" }],
};

describe("catalogueChanges", () => {
  it("adding a fact or a value anywhere takes nothing away", () => {
    const c = catalogueChanges([levels("a", "b")], [levels("x", "a", "y", "b"), industries]);
    expect(takesAway(c)).toBe(false);
  });

  it("names a removed fact and a removed value", () => {
    const c = catalogueChanges([levels("a", "b"), industries], [levels("a")]);
    expect(c.removedFacts).toEqual(["keyIndustry"]);
    expect(c.removedValues).toEqual([{ fact: "quzhouTitle", value: "b" }]);
  });

  it("sees two ordered levels swapped, but not a set's values reordered", () => {
    expect(
      catalogueChanges([levels("a", "b", "c")], [levels("a", "c", "b")]).reorderedFacts,
    ).toEqual(["quzhouTitle"]);
    const set = {
      ...industries,
      values: [...(industries.values ?? []), { value: "b", label: "b" }],
    };
    const swapped = { ...set, values: [...(set.values ?? [])].reverse() };
    expect(takesAway(catalogueChanges([set], [swapped]))).toBe(false);
  });
});

describe("catalogueChanges: a retyped fact", () => {
  it("sees a fact whose type changed, but not a relabelled value", () => {
    const relabelled = levels("a", "b");
    relabelled.values = [
      { value: "a", label: "甲" },
      { value: "b", label: "乙" },
    ];
    expect(takesAway(catalogueChanges([levels("a", "b")], [relabelled]))).toBe(false);
    const asSet = { ...levels("a", "b"), type: "set" as const };
    expect(catalogueChanges([levels("a", "b")], [asSet]).retypedFacts).toEqual(["quzhouTitle"]);
  });
});

describe("catalogueChanges: added facts", () => {
  it("lists new facts without counting them as taking away", () => {
    const c = catalogueChanges([levels("a")], [levels("a"), industries]);
    expect(c.addedFacts).toEqual(["keyIndustry"]);
    expect(takesAway(c)).toBe(false);
  });
});

describe("factKeysNamed", () => {
  it("finds facts in nested conditions, refs and record bases", () => {
    const doc = {
      clauses: [
        {
          benefits: [
            {
              conditions: { all: [{ fact: "quzhouTitle", op: "gte", value: "a" }] },
              amount: { kind: "per-unit", count: { records: "patents" } },
            },
          ],
        },
      ],
      derivations: [
        { fact: "titles", when: { not: { fact: "age", op: "lt", ref: { max: "x" } } } },
      ],
    };
    expect([...factKeysNamed(doc)].sort()).toEqual([
      "age",
      "patents",
      "quzhouTitle",
      "titles",
      "x",
    ]);
  });
});
