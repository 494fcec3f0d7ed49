import { describe, expect, it } from "vitest";
import { loadRegions } from "./regions.ts";

describe("loadRegions", () => {
  const regions = loadRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));

  it("lists every province, city and district once, with six-digit GB/T 2260 codes", () => {
    expect(byCode.size).toBe(regions.length);
    expect(regions.every((r) => /^\d{6}$/.test(r.code))).toBe(true);
    expect(regions.filter((r) => r.level === "province")).toHaveLength(31);
    expect(regions.length).toBeGreaterThan(3000);
  });

  it("places each region under an existing parent one level up, with the parent's code prefix", () => {
    for (const region of regions) {
      if (region.level === "province") {
        expect(region.parentCode).toBeNull();
        continue;
      }
      const parent = byCode.get(region.parentCode!);
      expect(parent?.level).toBe(region.level === "city" ? "province" : "city");
      const prefix = region.level === "city" ? 2 : 4;
      expect(region.code.slice(0, prefix)).toBe(parent!.code.slice(0, prefix));
    }
  });

  it("knows the seed regions: 东西湖区 in 武汉市 in 湖北省, 衢州市, 连云港市, 黄石市", () => {
    expect(byCode.get("420112")).toEqual({
      code: "420112",
      name: "东西湖区",
      level: "district",
      parentCode: "420100",
    });
    expect(byCode.get("420100")?.name).toBe("武汉市");
    expect(byCode.get("420000")?.name).toBe("湖北省");
    expect(byCode.get("330800")?.name).toBe("衢州市");
    expect(byCode.get("320700")?.name).toBe("连云港市");
    expect(byCode.get("420200")?.name).toBe("黄石市");
  });
});
