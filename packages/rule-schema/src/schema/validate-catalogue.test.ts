import { describe, expect, it } from "vitest";
import type { RegionalCatalogue } from "./regional-catalogue.ts";
import { validateCatalogue } from "./validate-catalogue.ts";

const province: RegionalCatalogue = {
  regionCode: "330000",
  level: "province",
  name: "浙江省",
  facts: [{ key: "zjTitle", label: "浙江工匠称号", extends: false, type: "set", values: [] }],
};
const city = (facts: unknown[]) => ({ regionCode: "330800", level: "city", name: "衢州市", facts });

describe("validateCatalogue", () => {
  it("accepts new facts and values added to national or senior facts", () => {
    const r = validateCatalogue(
      city([
        {
          key: "quzhouTitle",
          label: "衢州市人才称号",
          extends: false,
          type: "ordered",
          values: [{ value: "chief", label: "衢州市首席技师" }],
        },
        {
          key: "zjTitle",
          label: "浙江工匠称号",
          extends: true,
          values: [{ value: "q", label: "衢" }],
        },
      ]),
      { catalogues: [province] },
    );
    expect(r.issues).toEqual([]);
  });

  it("puts a redeclared national fact and a senior fact's changed type on the declaration", () => {
    const r = validateCatalogue(
      city([
        {
          key: "skillLevel",
          label: "技能等级",
          extends: false,
          type: "ordered",
          values: [{ value: "x", label: "某级" }],
        },
        { key: "zjTitle", label: "浙江工匠称号", extends: false, type: "boolean" },
      ]),
      { catalogues: [province] },
    );
    expect(r.issues.map((i) => i.path)).toEqual(["facts.0", "facts.1"]);
  });

  it("reads the schema's issues in Chinese with their path, and a code that does not fit its level", () => {
    const r = validateCatalogue({
      ...city([{ key: "1bad", label: "", extends: false }]),
      level: "district",
    });
    expect(r.issues.map((i) => i.path)).toContain("facts.0.key");
    expect(r.issues.map((i) => i.path)).toContain("regionCode");
  });
});
