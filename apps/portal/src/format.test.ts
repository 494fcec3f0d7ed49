import { describe, expect, it } from "vitest";
import { formatDate, todayInChina, validityState, validityText } from "./format.ts";

describe("portal date display", () => {
  it("writes calendar dates the Chinese way without shifting the day", () => {
    expect(formatDate("2027-12-31")).toBe("2027年12月31日");
    expect(formatDate("2024-03-01T00:00:00.000Z")).toBe("2024年3月1日");
  });

  it("uses the China calendar day, which starts 8 hours before UTC's", () => {
    expect(todayInChina(new Date("2027-12-31T16:30:00Z"))).toBe("2028-01-01");
  });

  it("describes each shape of validity a program can have", () => {
    expect(validityText({ effectiveFrom: "2023-01-01", effectiveUntil: "2027-12-31" })).toBe(
      "2023年1月1日 至 2027年12月31日",
    );
    expect(validityText({ effectiveUntil: "2027-12-31" })).toBe("有效期至2027年12月31日");
    expect(validityText({ effectiveFrom: "2024-06-01" })).toBe("自2024年6月1日起施行");
    expect(validityText({})).toBe("未注明");
  });

  it("treats the last day of validity as still in force", () => {
    const dates = { effectiveFrom: "2023-01-01", effectiveUntil: "2027-12-31" };
    expect(validityState(dates, "2027-12-31")).toBe("in-force");
    expect(validityState(dates, "2028-01-01")).toBe("expired");
    expect(validityState(dates, "2022-12-31")).toBe("upcoming");
  });
});
