import { describe, expect, it } from "vitest";
import type { IssuerLevel } from "../schema/primitives.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { regionChain } from "./jurisdiction.ts";

const issuers: [string, IssuerLevel, string][] = [
  ["national", "national", "100000"],
  ["hubei", "province", "420000"],
  ["wuhan", "city", "420100"],
  ["dongxihu", "district", "420112"],
  ["jiangan", "district", "420102"],
  ["huangshi", "city", "420200"],
  ["zhejiang", "province", "330000"],
];
const programs = issuers.map(([id, level, regionCode]) =>
  program(id, [fixed("award", `${id}-award`, WAN)], {
    issuer: { regionCode, level, name: id },
  }),
);
const compiled = compile(programs);

function covering(regionCode: string): string[] {
  return evaluate(compiled, person({}, regionCode), "2024-06-01")
    .entitlements.map((e) => e.ref.programId)
    .sort();
}

describe("jurisdiction by GB/T 2260 prefix", () => {
  it("a 东西湖区 profile is covered by its district, city, province and national programs only", () => {
    expect(covering("420112")).toEqual(["dongxihu", "hubei", "national", "wuhan"]);
  });
  it("another district of the same city gets the city's programs but not 东西湖's", () => {
    expect(covering("420102")).toEqual(["hubei", "jiangan", "national", "wuhan"]);
  });
  it("another city of the same province never gets 武汉's", () => {
    expect(covering("420202")).toEqual(["huangshi", "hubei", "national"]);
  });
  it("another province gets only its own and national programs", () => {
    expect(covering("330802")).toEqual(["national", "zhejiang"]);
  });
  it("a profile known only at city level is not covered by district programs", () => {
    expect(covering("420100")).toEqual(["hubei", "national", "wuhan"]);
  });
  it("explains programs outside the region", () => {
    const r = evaluate(compiled, person({}, "330802"), "2024-06-01");
    expect(r.programs.find((p) => p.program.id === "wuhan")?.status).toBe("outside-jurisdiction");
  });
  it("lists the chain of covering codes", () => {
    expect(regionChain("420112")).toEqual(["420112", "420100", "420000"]);
    expect(regionChain("420100")).toEqual(["420100", "420000"]);
  });
  it("regionCode conditions use the same prefix rule (within)", () => {
    const p = program(
      "w",
      [
        fixed("in-wuhan", "w", WAN, {
          conditions: { fact: "regionCode", op: "within", value: "420100" },
        }),
      ],
      { issuer: { regionCode: "420000", level: "province", name: "湖北省" } },
    );
    const c = compile([p]);
    expect(evaluate(c, person({}, "420112"), "2024-06-01").entitlements).toHaveLength(1);
    expect(evaluate(c, person({}, "420202"), "2024-06-01").entitlements).toHaveLength(0);
  });
});
