import { type Program, programSchema, smallProgram } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { matterGrants, matterOptions, type PublishedProgram } from "./matter-grants.ts";

const program: Program = programSchema.parse(smallProgram);
const published: PublishedProgram[] = [
  { programId: "p1", title: program.title, district: "示例市", document: program },
];

describe("matterGrants", () => {
  it("finds a benefit by its matter id, with citation, amount and conditions in words", () => {
    const [row, ...rest] = matterGrants(published, "city-craftsman-award");
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      district: "示例市",
      citation: "二（三）1.",
      benefitId: "craftsman-award",
    });
    expect(row?.amounts).toEqual(["30万元"]);
    expect(row?.grants[0]).toContain("示例工匠一次性奖励30万元");
    expect(row?.conditions).toHaveLength(1);
    expect(row?.conditions[0]).toContain("示例工匠");
  });

  it("finds benefits whose label contains the text, and nothing for blank or unknown text", () => {
    expect(matterGrants(published, "技术能手").map((r) => r.benefitId)).toEqual(["expert-award"]);
    expect(matterGrants(published, "  ")).toEqual([]);
    expect(matterGrants(published, "不存在的事项")).toEqual([]);
  });

  it("says a matching benefit has no conditions when it has none", () => {
    const [row] = matterGrants(published, "city-technical-expert-employer-match");
    expect(row?.conditions).toEqual([]);
    expect(row?.amounts[0]).toContain("1:1");
  });
});

describe("matterGrants with the issuer's catalogues", () => {
  it("reads a condition on a catalogue's fact with the catalogue's Chinese names", () => {
    const region = program.issuer;
    const withCity: Program = {
      ...program,
      clauses: program.clauses.map((c) => ({
        ...c,
        benefits: c.benefits.map((b) =>
          b.matter === "city-technical-expert-employer-match"
            ? { ...b, conditions: { fact: "cityTitle", op: "gte", value: "chief" } }
            : b,
        ),
      })),
    };
    const catalogues = [
      {
        regionCode: region.regionCode,
        level: region.level,
        name: region.name,
        facts: [
          {
            key: "cityTitle",
            label: "市级人才称号",
            extends: false,
            type: "ordered" as const,
            values: [{ value: "chief", label: "首席技师" }],
          },
        ],
      },
    ];
    const [row] = matterGrants(
      [{ ...published[0]!, document: withCity, catalogues }],
      "city-technical-expert-employer-match",
    );
    expect(row?.conditions.join("")).toContain("市级人才称号");
    expect(row?.conditions.join("")).toContain("首席技师");
  });
});

describe("matterOptions", () => {
  it("offers each matter once with its label", () => {
    const options = matterOptions([...published, ...published]);
    expect(options.map((o) => o.matter)).toEqual([
      "city-craftsman-award",
      "city-technical-expert-award",
      "city-technical-expert-employer-match",
    ]);
  });
});
