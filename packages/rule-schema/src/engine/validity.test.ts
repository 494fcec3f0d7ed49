import { describe, expect, it } from "vitest";
import type { ProgramInput } from "../schema/program.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { lastDayOfPeriod } from "./dates.ts";
import { evaluate } from "./evaluate.ts";
import { explain } from "./explain/explain.ts";

function paidOn(p: ProgramInput, asOf: string) {
  const r = evaluate(compile([p]), person(), asOf);
  return { fen: r.entitlements.map((e) => e.amount), status: r.programs[0]?.status, result: r };
}

describe("program validity", () => {
  const huangshiLike = program("hs", [fixed("award", "m", 5 * WAN)], {
    validity: {
      published: "2025-11-01",
      effective: { from: "publication" },
      expiry: { kind: "last-day", date: "2027-12-31" },
    },
  });

  it("the last day (有效期至2027年12月31日) is inclusive", () => {
    expect(paidOn(huangshiLike, "2027-12-31").fen).toEqual([5 * WAN]);
    const after = paidOn(huangshiLike, "2028-01-01");
    expect(after.fen).toEqual([]);
    expect(after.status).toBe("expired");
    expect(explain(after.result)).toContain("已失效，有效期至 2027-12-31");
  });

  it("自公布之日起施行: nothing before the publication date, from it on", () => {
    expect(paidOn(huangshiLike, "2025-10-31")).toMatchObject({
      fen: [],
      status: "not-yet-effective",
    });
    expect(paidOn(huangshiLike, "2025-11-01").fen).toEqual([5 * WAN]);
  });

  it("有效期为5年 counts from the issue date: in force 5 years, then expired", () => {
    const wuhanLike = program("wh", [fixed("award", "m", 30 * WAN)], {
      validity: {
        issued: "2022-01-01",
        effective: { from: "issue" },
        expiry: { kind: "duration", years: 5 },
      },
    });
    expect(paidOn(wuhanLike, "2026-12-31").fen).toEqual([30 * WAN]);
    expect(paidOn(wuhanLike, "2027-01-01")).toMatchObject({ fen: [], status: "expired" });
    expect(compile([wuhanLike]).programs[0]?.until).toBe("2026-12-31");
  });

  it("a duration from 29 February ends the day before the rolled-over anniversary", () => {
    expect(lastDayOfPeriod("2020-02-29", 12)).toBe("2021-02-28");
    expect(lastDayOfPeriod("2024-03-15", 60)).toBe("2029-03-14");
    expect(lastDayOfPeriod("2024-01-31", 1)).toBe("2024-03-01");
  });

  it("a draft without any date yields nothing and says why", () => {
    const draft = program("draft", [fixed("award", "m", WAN)], {
      validity: { effective: { from: "issue" }, expiry: { kind: "duration", years: 5 } },
    });
    const r = paidOn(draft, "2030-01-01");
    expect(r).toMatchObject({ fen: [], status: "no-effective-date" });
    expect(explain(r.result)).toContain("生效日期未确定");
  });
});

describe("clause and benefit deadlines", () => {
  it("a clause with 到2025年 stops paying after 2025-12-31, the rest of the program goes on", () => {
    const p = program("q", [fixed("old", "a", WAN), fixed("ongoing", "b", 2 * WAN)]);
    p.clauses![0]!.deadline = "2025-12-31";
    const c = compile([p]);
    expect(evaluate(c, person(), "2025-12-31").entitlements.map((e) => e.ref.benefitId)).toEqual([
      "old",
      "ongoing",
    ]);
    const later = evaluate(c, person(), "2026-01-01");
    expect(later.entitlements.map((e) => e.ref.benefitId)).toEqual(["ongoing"]);
    expect(later.clauses).toHaveLength(1);
    expect(explain(later)).toContain("已于 2025-12-31 到期");
  });

  it("a benefit deadline limits only that benefit", () => {
    const p = program("q", [fixed("short", "a", WAN, { deadline: "2024-03-31" })]);
    expect(evaluate(compile([p]), person(), "2024-04-01").entitlements).toEqual([]);
    expect(evaluate(compile([p]), person(), "2024-03-31").entitlements).toHaveLength(1);
  });

  it("expired programs do not compete: an older program still in force wins alone", () => {
    const expired = program("new-but-expired", [fixed("award", "m", 9 * WAN)], {
      validity: {
        effective: { from: "date", date: "2023-01-01" },
        expiry: { kind: "last-day", date: "2023-12-31" },
      },
      precedence: { acrossPrograms: "newest" },
    });
    const live = program("old-live", [fixed("award", "m", 2 * WAN)], {
      validity: { effective: { from: "date", date: "2020-01-01" }, expiry: { kind: "open" } },
    });
    const r = evaluate(compile([expired, live]), person(), "2024-06-01");
    expect(r.entitlements.map((e) => e.ref.programId)).toEqual(["old-live"]);
    expect(r.excluded).toEqual([]);
  });
});
