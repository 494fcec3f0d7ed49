import { describe, expect, it } from "vitest";
import { ProgramInvalidError } from "../errors/program-invalid-error.ts";
import { ProgramSetInvalidError } from "../errors/program-set-invalid-error.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";

// 在省级奖励基础上再给予: a city tops up a title the province confers, without re-declaring it.
const province = program(
  "hubei",
  [
    fixed("award", "hubei-craftsman-award", 10 * WAN, {
      conditions: { fact: "titles", op: "contains", value: "hubei-craftsman" },
    }),
  ],
  {
    issuer: { regionCode: "420000", level: "province", name: "湖北省" },
    facts: [
      {
        key: "titles",
        extends: true,
        label: "省级称号",
        values: [{ value: "hubei-craftsman", label: "荆楚工匠" }],
      },
    ],
  },
);
const topUp = program(
  "wuhan",
  [
    fixed("top-up", "wuhan-top-up", 5 * WAN, {
      conditions: { fact: "titles", op: "contains", value: "hubei-craftsman" },
    }),
  ],
  {
    issuer: { regionCode: "420100", level: "city", name: "武汉市" },
  },
);
const districtProgram = program(
  "dxh",
  [
    fixed("optics", "optics-award", 2 * WAN, {
      conditions: { fact: "keyIndustry", op: "eq", value: "optics" },
    }),
  ],
  {
    issuer: { regionCode: "420112", level: "district", name: "东西湖区" },
  },
);
const cityCatalogue = {
  regionCode: "420100",
  level: "city",
  name: "武汉市",
  facts: [
    {
      key: "keyIndustry",
      label: "武汉市重点产业",
      type: "enum",
      values: [{ value: "optics", label: "光电子信息" }],
    },
  ],
};

describe("compiling along the jurisdiction chain", () => {
  it("compiles a city top-up with its province's program and pays both", () => {
    expect(() => compile([topUp])).toThrow(ProgramInvalidError);
    const r = evaluate(
      compile([province, topUp]),
      person({ titles: ["hubei-craftsman"] }, "420102"),
      "2025-01-01",
    );
    expect(r.entitlements.map((e) => [e.ref.programId, e.amount])).toEqual([
      ["hubei", 10 * WAN],
      ["wuhan", 5 * WAN],
    ]);
  });

  it("compiles a district program with its city's catalogue, whose values join the facts", () => {
    expect(() => compile([districtProgram])).toThrow(ProgramInvalidError);
    const set = compile([districtProgram], { catalogues: [cityCatalogue] });
    expect(set.scope.get("keyIndustry")?.valueLabels.get("optics")).toBe("光电子信息");
    expect(
      evaluate(set, person({ keyIndustry: "optics" }), "2025-01-01").entitlements,
    ).toHaveLength(1);
  });

  it("never lets a lower program lend values to a higher one, and rejects a malformed catalogue", () => {
    const cityUsingDistrict = {
      ...districtProgram,
      id: "city",
      issuer: { regionCode: "420100", level: "city", name: "武汉市" },
    };
    const districtCatalogue = { ...cityCatalogue, regionCode: "420112", level: "district" };
    expect(() => compile([cityUsingDistrict], { catalogues: [districtCatalogue] })).toThrow(
      ProgramInvalidError,
    );
    expect(() =>
      compile([districtProgram], { catalogues: [{ ...cityCatalogue, regionCode: "42" }] }),
    ).toThrow(ProgramSetInvalidError);
  });
});
