import { describe, expect, it } from "vitest";
import { readResponsibleUnits } from "./responsible-units.ts";

describe("responsible units", () => {
  it("takes the first listed as lead", () => {
    expect(
      readResponsibleUnits("……补贴标准。（责任单位：市人力社保局、市财政局、各主管部门）")?.units,
    ).toEqual([
      { name: "市人力社保局", role: "lead" },
      { name: "市财政局", role: "support" },
      { name: "各主管部门", role: "support" },
    ]);
  });
  it("reads 牵头/配合 and 按职责分工负责 forms, half-width too", () => {
    expect(
      readResponsibleUnits("内容。(牵头单位:区人社局;配合单位:区财政局、区教育局)")?.units,
    ).toEqual([
      { name: "区人社局", role: "lead" },
      { name: "区财政局", role: "support" },
      { name: "区教育局", role: "support" },
    ]);
    expect(
      readResponsibleUnits("内容。（市发改委、市教育局按职责分工负责）")?.units.map((u) => u.role),
    ).toEqual(["lead", "support"]);
    expect(readResponsibleUnits("支持职业（技工）院校建设。")).toBeUndefined();
  });
});
