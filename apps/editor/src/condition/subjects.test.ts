import { factsInScope } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { groupedOptions, subjectsOf } from "./subjects.ts";

describe("what the fact picker offers", () => {
  const scope = factsInScope([
    {
      id: "p",
      facts: [{ key: "keyIndustry", label: "重点产业企业", type: "boolean", extends: false }],
    },
  ]);

  it("groups the catalogue as drafters look for facts, the program's own facts apart", () => {
    const groups = new Map(
      groupedOptions(subjectsOf(scope)).map((g) => [g.label, g.options.map((o) => o.value)]),
    );
    expect(groups.get("技能等级与职称")).toEqual(["skillLevel", "professionalTitle"]);
    expect(groups.get("荣誉与称号")).toEqual(["honours", "titles"]);
    expect(groups.get("本方案声明的事实")).toEqual(["keyIndustry"]);
  });

  it("lists ordered values lowest first with their Chinese labels, and numbers with their unit", () => {
    const subjects = subjectsOf(scope);
    const skill = subjects.find((s) => s.key === "skillLevel");
    const labels = skill?.options.map((o) => o.label) ?? [];
    expect(labels.indexOf("高级工")).toBeLessThan(labels.indexOf("技师"));
    expect(subjects.find((s) => s.key === "frontlineYears")?.unit).toBe("年");
  });

  it("inside a records condition, offers the records' fields", () => {
    const fields = subjectsOf(scope, "competitions").map((s) => s.key);
    expect(fields).toContain("medal");
    expect(fields).not.toContain("skillLevel");
  });
});
