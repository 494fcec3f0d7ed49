import { describe, expect, it } from "vitest";
import { earlierDate, laterDate, todayInChina } from "./dates.ts";

describe("today in China", () => {
  it("uses the China calendar day, which starts 8 hours before UTC's", () => {
    expect(todayInChina(new Date("2027-12-31T16:30:00Z"))).toBe("2028-01-01");
    expect(todayInChina(new Date("2027-12-31T15:59:59Z"))).toBe("2027-12-31");
  });
});

describe("window bounds", () => {
  it("a later first day and an earlier last day narrow a window; an unstated one does not", () => {
    expect(laterDate("2024-01-01", "2024-03-01")).toBe("2024-03-01");
    expect(laterDate("2024-03-01", "2024-01-01")).toBe("2024-03-01");
    expect(laterDate(null, undefined)).toBeNull();
    expect(earlierDate("2025-12-31", "2024-12-31")).toBe("2024-12-31");
    expect(earlierDate(null, "2024-12-31")).toBe("2024-12-31");
    expect(earlierDate("2025-12-31", undefined)).toBe("2025-12-31");
  });
});
