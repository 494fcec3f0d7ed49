import { describe, expect, it } from "vitest";
import { trailActionLabel } from "./lifecycle.ts";

describe("a version's audit trail as users read it", () => {
  it("names workflow steps and the other entries in Chinese", () => {
    expect(trailActionLabel("version.approve")).toBe("审核通过");
    expect(trailActionLabel("version.save")).toBe("保存");
    expect(trailActionLabel("version.nameSnapshot")).toBe("命名快照");
    // the seeded programs' first publication, which every district's trail starts with
    expect(trailActionLabel("seed.program.publish")).toBe("发布（初始数据）");
  });

  it("shows an entry it has no word for as stored, rather than hiding it", () => {
    expect(trailActionLabel("version.somethingNew")).toBe("version.somethingNew");
  });
});
