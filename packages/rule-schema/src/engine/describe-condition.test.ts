import { describe, expect, it } from "vitest";
import { factsInScope } from "../schema/facts-in-scope.ts";
import { describeCondition } from "./describe-condition.ts";

const scope = factsInScope([
  {
    id: "p",
    facts: [
      {
        key: "titles",
        extends: true,
        label: "本市称号",
        values: [{ value: "quzhou-craftsman", label: "衢州工匠" }],
      },
    ],
  },
]);

describe("describeCondition", () => {
  it("reads comparisons with the catalogue's labels, including a program's own values", () => {
    expect(describeCondition(scope, { fact: "skillLevel", op: "gte", value: "technician" })).toBe(
      "职业技能等级（新八级工）达到技师",
    );
    expect(
      describeCondition(scope, { fact: "titles", op: "contains", value: "quzhou-craftsman" }),
    ).toBe("地方与企业称号包含衢州工匠");
    expect(
      describeCondition(scope, { fact: "frontlineYears", op: "between", value: [5, 10] }),
    ).toMatch(/介于5至10$/);
  });

  it("joins groups and reads conditions on a record's fields with the field labels", () => {
    const sentence = describeCondition(scope, {
      any: [
        { fact: "honours", op: "containsAny", value: ["china-skills-award", "great-craftsman"] },
        {
          fact: "competitions",
          op: "some",
          where: { all: [{ fact: "event", op: "eq", value: "worldskills" }] },
        },
        { not: { fact: "newlyIntroduced", op: "eq", value: true } },
      ],
    });
    expect(sentence).toContain("满足以下之一：");
    expect(sentence).toContain("中华技能大奖、大国工匠");
    expect(sentence).toContain("职业技能竞赛成绩中有一项：赛事为世界技能大赛");
    expect(sentence).toContain("；或并非（");
  });
});
