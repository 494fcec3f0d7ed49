import { describe, expect, it } from "vitest";
import { validityDates } from "./validity.ts";

describe("validity window of a program", () => {
  it("counts 有效期为5年 from the effective date, last day inclusive", () => {
    expect(
      validityDates({
        issued: "2017-09-01",
        effective: { from: "issue" },
        expiry: { kind: "duration", years: 5 },
      }),
    ).toEqual({ effectiveFrom: "2017-09-01", effectiveUntil: "2022-08-31" });
  });

  it("takes an explicit last day as written", () => {
    expect(
      validityDates({
        published: "2024-05-10",
        effective: { from: "publication" },
        expiry: { kind: "last-day", date: "2027-12-31" },
      }),
    ).toEqual({ effectiveFrom: "2024-05-10", effectiveUntil: "2027-12-31" });
  });

  it("leaves the dates open where a draft states none", () => {
    expect(validityDates({ effective: { from: "issue" }, expiry: { kind: "open" } })).toEqual({
      effectiveFrom: null,
      effectiveUntil: null,
    });
  });
});
