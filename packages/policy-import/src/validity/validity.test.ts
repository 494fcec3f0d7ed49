import { describe, expect, it } from "vitest";
import { readDeadline, readValidity } from "./validity.ts";

describe("validity as programs state it", () => {
  it("reads an effective start and an explicit last day", () => {
    expect(readValidity("本方案自公布之日起施行，有效期至2027年12月31日。")?.value).toMatchObject({
      effective: { from: "publication" },
      expiry: { kind: "last-day", date: "2027-12-31" },
    });
  });
  it("reads a duration counted from issue, in Arabic or Chinese numerals", () => {
    expect(readValidity("本计划自印发之日起实施,有效期为5年。")?.value).toMatchObject({
      effective: { from: "issue" },
      expiry: { kind: "duration", years: 5 },
    });
    expect(readValidity("本办法自2024年3月1日起施行，有效期三年。")?.value).toMatchObject({
      effective: { from: "date", date: "2024-03-01" },
      expiry: { kind: "duration", years: 3 },
    });
  });
  it("reads a year-end deadline and refuses impossible dates", () => {
    expect(readDeadline("到2025年，实现全市职业院校公共实训基地全覆盖")?.date).toBe("2025-12-31");
    expect(readDeadline("截至2026年6月30日前完成")?.date).toBe("2026-06-30");
    expect(readDeadline("到2025年2月30日")).toBeUndefined();
    expect(readValidity("加强技能人才队伍建设。")).toBeUndefined();
  });
});
