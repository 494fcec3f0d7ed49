import { type Condition, factsInScope } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { conditionDirection } from "./condition-direction.ts";

const scope = factsInScope([]);
const technician: Condition = { fact: "skillLevel", op: "gte", value: "technician" };
const years: Condition = { fact: "frontlineYears", op: "gte", value: 3 };

describe("conditionDirection", () => {
  it("a requirement added tightens, removed loosens", () => {
    expect(conditionDirection(scope, technician, { all: [technician, years] })).toBe("tightened");
    expect(conditionDirection(scope, { all: [technician, years] }, technician)).toBe("loosened");
    expect(conditionDirection(scope, undefined, technician)).toBe("tightened");
  });

  it("a level raised on an ordered fact tightens; lowered loosens", () => {
    const senior: Condition = { fact: "skillLevel", op: "gte", value: "senior-technician" };
    expect(conditionDirection(scope, technician, senior)).toBe("tightened");
    expect(conditionDirection(scope, senior, technician)).toBe("loosened");
    expect(conditionDirection(scope, years, { ...years, value: 5 } as Condition)).toBe("tightened");
  });

  it("another alternative in an any loosens; anything else is only changed", () => {
    const anyOf: Condition = { any: [technician] };
    expect(conditionDirection(scope, anyOf, { any: [technician, years] })).toBe("loosened");
    expect(
      conditionDirection(scope, technician, {
        fact: "honours",
        op: "contains",
        value: "great-craftsman",
      }),
    ).toBe("changed");
  });
});
