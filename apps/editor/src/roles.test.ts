import { describe, expect, it } from "vitest";
import { memberRegions, rolesText } from "./roles.ts";

describe("district switcher entries", () => {
  it("lists each region once with all the user's roles there", () => {
    const regions = memberRegions([
      { regionCode: "420112", regionName: "东西湖区", role: "drafter" },
      { regionCode: "420100", regionName: "武汉市", role: "reviewer" },
      { regionCode: "420112", regionName: "东西湖区", role: "publisher" },
    ]);
    expect(regions).toEqual([
      { code: "420100", name: "武汉市", roles: ["reviewer"] },
      { code: "420112", name: "东西湖区", roles: ["drafter", "publisher"] },
    ]);
    expect(rolesText(regions[1]!.roles)).toBe("起草人、发布人");
  });
});
