import { describe, expect, it } from "vitest";
import { validityView } from "./validity.ts";

describe("validity as the portal shows it", () => {
  it("counts 有效期为5年 from the effective date, the last day still in force", () => {
    const wuhan = {
      issued: "2022-01-01",
      effective: { from: "issue" as const },
      expiry: { kind: "duration" as const, years: 5 },
    };
    expect(validityView(wuhan, "2026-06-30")).toEqual({
      text: "2022年1月1日 至 2026年12月31日",
      state: "in-force",
    });
    expect(validityView(wuhan, "2026-12-31").state).toBe("ending");
    expect(validityView(wuhan, "2027-01-01").state).toBe("expired");
    // the last 90 days are flagged; the 91st day before the end is not
    expect(validityView(wuhan, "2026-10-03").state).toBe("ending");
    expect(validityView(wuhan, "2026-10-02").state).toBe("in-force");
    expect(validityView(wuhan, "2021-12-31").state).toBe("upcoming");
  });

  it("says when a program runs without an end, and when the draft states no dates at all", () => {
    expect(
      validityView({
        issued: "2022-10-09",
        effective: { from: "issue" },
        expiry: { kind: "open" },
      }),
    ).toEqual({ text: "自2022年10月9日起施行", state: "in-force" });
    expect(validityView({ effective: { from: "issue" }, expiry: { kind: "open" } }).text).toBe(
      "未注明",
    );
  });

  it("shows an archived program (expired on the server) as expired whatever its dates say", () => {
    const open = {
      issued: "2022-10-09",
      effective: { from: "issue" as const },
      expiry: { kind: "open" as const },
    };
    expect(validityView(open, "2026-06-30", true)).toEqual({
      text: "自2022年10月9日起施行",
      state: "expired",
    });
  });
});
