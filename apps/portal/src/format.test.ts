import { describe, expect, it } from "vitest";
import { formatDate } from "./format.ts";

describe("portal date display", () => {
  it("writes calendar dates the Chinese way without shifting the day", () => {
    expect(formatDate("2027-12-31")).toBe("2027年12月31日");
    expect(formatDate("2024-03-01T00:00:00.000Z")).toBe("2024年3月1日");
  });
});
