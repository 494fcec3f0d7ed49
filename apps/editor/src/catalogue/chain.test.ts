import { programSchema, type RegionalCatalogue } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { groupedOptions, subjectsOf } from "../condition/subjects.ts";
import { collectProblems } from "../workspace/problems.ts";
import { type CatalogueChain, contextOfChain, scopeOf, sourceLabels } from "./chain.ts";

const city: RegionalCatalogue = {
  regionCode: "330800",
  level: "city",
  name: "衢州市",
  facts: [
    {
      key: "titles",
      label: "荣誉称号",
      extends: true,
      values: [{ value: "qz", label: "衢州工匠" }],
    },
    {
      key: "quzhouTalentTitle",
      label: "衢州市人才称号",
      extends: false,
      type: "ordered",
      values: [
        { value: "quzhou-craftsman", label: "衢州工匠" },
        { value: "quzhou-chief-technician", label: "衢州市首席技师" },
      ],
    },
  ],
};
const chain = {
  regionCode: "330802",
  catalogues: [city],
  programs: [],
  revision: 0,
  labels: { "330800": "衢州市目录" },
} as unknown as CatalogueChain;

/** A district program (柯城区) paying holders of a title only the city's catalogue declares. */
const program = programSchema.parse({
  id: "kecheng",
  title: "柯城区首席技师奖励",
  stage: "final",
  issuer: { regionCode: "330802", level: "district", name: "柯城区" },
  validity: {
    issued: "2025-01-01",
    effective: { from: "issue" },
    expiry: { kind: "open" },
  },
  clauses: [
    {
      id: "c1",
      citation: "一、",
      text: "对获评衢州市首席技师的，给予奖励1万元。",
      benefits: [
        {
          id: "award",
          matter: "award",
          label: "首席技师奖励",
          recipient: "person",
          conditions: {
            fact: "quzhouTalentTitle",
            op: "gte",
            value: "quzhou-chief-technician",
          },
          amount: { kind: "fixed", fen: 1_000_000 },
          quote: "对获评衢州市首席技师的，给予奖励1万元。",
        },
      ],
    },
  ],
});

describe("the district's catalogue chain in the workspace", () => {
  it("a value of the city's catalogue validates; without the chain it is an error", () => {
    const errors = (context: CatalogueChain | undefined) =>
      collectProblems(program, contextOfChain(context)).filter((p) => p.severity === "error");
    expect(errors(chain)).toEqual([]);
    expect(errors(undefined).map((p) => p.path)).toEqual(["clauses.0.benefits.0.conditions.fact"]);
  });

  it("the fact picker groups inherited facts under their source, with Chinese value labels", () => {
    const scope = scopeOf(program, contextOfChain(chain));
    const subjects = subjectsOf(scope, undefined, [], sourceLabels(chain));
    const groups = new Map(groupedOptions(subjects).map((g) => [g.label, g.options]));
    expect(groups.get("衢州市目录")?.map((o) => o.label)).toEqual(["衢州市人才称号"]);
    const title = subjects.find((s) => s.key === "quzhouTalentTitle");
    expect(title?.options.map((o) => o.label)).toEqual(["衢州工匠", "衢州市首席技师"]);
    // a value the city added to a national fact says where it comes from
    const titles = subjects.find((s) => s.key === "titles");
    expect(titles?.options.find((o) => o.value === "qz")?.label).toBe("衢州工匠（衢州市目录）");
  });
});
