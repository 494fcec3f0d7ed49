import { describe, expect, it } from "vitest";
import { groupRegions } from "./regions.ts";

const hubei = { code: "420000", name: "湖北省", level: "province" };
const wuhan = { code: "420100", name: "武汉市", level: "city" };

describe("district chooser grouping", () => {
  it("puts a district under its city and province, and keeps the city's own programs", () => {
    const groups = groupRegions([
      {
        code: "420112",
        name: "东西湖区",
        level: "district",
        programCount: 1,
        ancestors: [wuhan, hubei],
      },
      { ...wuhan, programCount: 2, ancestors: [hubei] },
      {
        code: "420200",
        name: "黄石市",
        level: "city",
        programCount: 1,
        ancestors: [hubei],
      },
      {
        code: "330800",
        name: "衢州市",
        level: "city",
        programCount: 1,
        ancestors: [{ code: "330000", name: "浙江省", level: "province" }],
      },
    ]);
    expect(groups.map((g) => g.province.name)).toEqual(["浙江省", "湖北省"]);
    const hubeiGroup = groups[1]!;
    expect(hubeiGroup.cities.map((c) => [c.city.name, c.programCount])).toEqual([
      ["武汉市", 2],
      ["黄石市", 1],
    ]);
    expect(hubeiGroup.cities[0]!.districts.map((d) => d.name)).toEqual(["东西湖区"]);
  });

  it("shows a city whose only publisher is a district, with no programs of its own", () => {
    const [group] = groupRegions([
      {
        code: "420112",
        name: "东西湖区",
        level: "district",
        programCount: 3,
        ancestors: [wuhan, hubei],
      },
    ]);
    expect(group!.cities).toEqual([
      { city: wuhan, programCount: 0, districts: [expect.objectContaining({ code: "420112" })] },
    ]);
  });
});
