import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixed, program, WAN } from "../testing/fixtures.ts";
import { inheritedFactSources } from "./jurisdiction-context.ts";
import { type RegionalCatalogue, regionalCatalogueSchema } from "./regional-catalogue.ts";
import { validateProgram } from "./validate.ts";

// 在省级奖励基础上再给予: a city tops up the province's title without re-declaring it.
const province = program("hubei-craftsman", [], {
  issuer: { regionCode: "420000", level: "province", name: "湖北省" },
  facts: [
    {
      key: "titles",
      extends: true,
      label: "省级称号",
      values: [{ value: "hubei-craftsman", label: "荆楚工匠" }],
    },
  ],
});
const topUp = program(
  "wuhan-top-up",
  [
    fixed("top-up", "hubei-craftsman-top-up", 5 * WAN, {
      conditions: { fact: "titles", op: "contains", value: "hubei-craftsman" },
    }),
  ],
  { issuer: { regionCode: "420100", level: "city", name: "武汉市" } },
);
const cityCatalogue: RegionalCatalogue = regionalCatalogueSchema.parse({
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
});
const districtProgram = program(
  "dxh",
  [
    fixed("optics", "optics-award", WAN, {
      conditions: { fact: "keyIndustry", op: "eq", value: "optics" },
    }),
  ],
  { issuer: { regionCode: "420112", level: "district", name: "东西湖区" } },
);

describe("values along the jurisdiction chain", () => {
  it("fails alone, as before, naming the value and the fix", () => {
    const alone = validateProgram(topUp);
    expect(alone.ok).toBe(false);
    expect(alone.issues[0]?.message).toContain("hubei-craftsman");
  });

  it("validates a city program with the values its province's program declares", () => {
    const r = validateProgram(topUp, { programs: [validated(province)] });
    expect(r.issues).toEqual([]);
  });

  it("validates a district program with its city's catalogue", () => {
    expect(validateProgram(districtProgram).ok).toBe(false);
    expect(validateProgram(districtProgram, { catalogues: [cityCatalogue] }).issues).toEqual([]);
  });

  it("never inherits from a sibling city, a lower level or a district inside it", () => {
    const sibling = { ...cityCatalogue, regionCode: "420200", name: "黄石市" };
    expect(validateProgram(districtProgram, { catalogues: [sibling] }).ok).toBe(false);
    const cityProgram = {
      ...districtProgram,
      issuer: { regionCode: "420100", level: "city", name: "武汉市" },
    };
    const districtCatalogue = {
      ...cityCatalogue,
      regionCode: "420112",
      level: "district" as const,
    };
    expect(validateProgram(cityProgram, { catalogues: [districtCatalogue] }).ok).toBe(false);
  });

  it("orders what a district inherits from the most senior down", () => {
    const provinceCatalogue = {
      ...cityCatalogue,
      regionCode: "420000",
      level: "province" as const,
    };
    const sources = inheritedFactSources(
      { regionCode: "420112", level: "district", name: "东西湖区" },
      { catalogues: [cityCatalogue, provinceCatalogue], programs: [validated(province)] },
    );
    expect(sources.map((s) => s.id)).toEqual([
      "catalogue:420000",
      "hubei-craftsman",
      "catalogue:420100",
    ]);
  });

  it("checks a catalogue's region against its level in Chinese", () => {
    const bad = regionalCatalogueSchema.safeParse({ ...cityCatalogue, regionCode: "420112" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain("与层级 city 不符");
  });
});

function validated(input: unknown) {
  const r = validateProgram(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe("property: inherited sources", () => {
  const codes = ["420000", "420100", "420112", "420200", "420202", "330000", "330800", "330802"];
  const levelOf = (c: string) =>
    (c.endsWith("0000")
      ? "province"
      : c.endsWith("00")
        ? "city"
        : "district") as RegionalCatalogue["level"];
  it("come only from the issuer's own region or regions containing it, most senior first", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.subarray(codes), (issuerCode, catalogueCodes) => {
        const catalogues = catalogueCodes.map((regionCode) => ({
          ...cityCatalogue,
          regionCode,
          level: levelOf(regionCode),
        }));
        const sources = inheritedFactSources(
          { regionCode: issuerCode, level: levelOf(issuerCode), name: "x" },
          { catalogues },
        );
        const inherited = sources.map((s) => s.id.slice("catalogue:".length));
        const contains = (outer: string) =>
          outer === issuerCode ||
          (outer.endsWith("0000")
            ? issuerCode.startsWith(outer.slice(0, 2))
            : outer.endsWith("00") && issuerCode.startsWith(outer.slice(0, 4)));
        expect(inherited.sort()).toEqual(catalogueCodes.filter(contains).sort());
        const ranks = sources
          .map((s) => s.id.slice(-4))
          .map((tail) => (tail === "0000" ? 2 : tail.endsWith("00") ? 1 : 0));
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      }),
    );
  });
});
