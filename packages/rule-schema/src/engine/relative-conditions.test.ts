import { describe, expect, it } from "vitest";
import type { BenefitInput } from "../schema/benefit.ts";
import type { Condition } from "../schema/condition.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { explain } from "./explain/explain.ts";

// The sentences of issue 11 (programs outside the seeds), as data, decided by both the
// closures and the generated code.
const certificate = {
  key: "certificateLevel",
  label: "本次申领的证书等级",
  type: "ordered" as const,
  values: ["junior", "intermediate", "senior"].map((value) => ({ value, label: value })),
};
const obtained = { key: "certificateDate", label: "取证日期", type: "date" as const };
const asOf = "2026-06-01";

function paid(benefit: BenefitInput, facts: Record<string, unknown>, on = asOf): boolean[] {
  const p = program("p", [benefit], {
    facts: [certificate, obtained],
    validity: { effective: { from: "date", date: "2024-01-01" }, expiry: { kind: "open" } },
  });
  return [true, false].map(
    (generateCode) =>
      evaluate(compile([p], { generateCode }), person(facts), on).entitlements.length > 0,
  );
}
const when = (conditions: Condition, extra: Partial<BenefitInput> = {}) =>
  fixed("b", "certificate-subsidy", WAN, { conditions, ...extra });

describe("conditions relative to the evaluation date and to other values", () => {
  it("申报者需在近5年内取得以下业绩之一: a record of this year or the four before", () => {
    const recent = when({
      fact: "competitions",
      op: "some",
      where: { fact: "year", op: "lt", measure: "calendarYearsSince", value: 5 },
    });
    expect(paid(recent, { competitions: [{ event: "other", year: 2022 }] })).toEqual([true, true]);
    expect(paid(recent, { competitions: [{ event: "other", year: 2021 }] })).toEqual([
      false,
      false,
    ]);
  });

  it("age on the as-of date: 35周岁以下 from the birth date", () => {
    const young = when({ fact: "birthDate", op: "lt", measure: "yearsSince", value: 35 });
    expect(paid(young, { birthDate: "1991-06-02" })).toEqual([true, true]); // 34 on 2026-06-01
    expect(paid(young, { birthDate: "1991-06-01" })).toEqual([false, false]); // 35 that day
  });

  it("before the program's effective date (本方案施行前取得的证书)", () => {
    const before = when({ fact: "certificateDate", op: "lt", ref: { date: "programEffective" } });
    expect(paid(before, { certificateDate: "2023-12-31" })).toEqual([true, true]);
    expect(paid(before, { certificateDate: "2024-01-01" })).toEqual([false, false]);
  });

  it("新申领的等级须高于此前已申领的等级: above the highest level claimed before", () => {
    const higher = when({
      fact: "certificateLevel",
      op: "gt",
      ref: {
        max: "claims",
        field: "level",
        where: { fact: "matter", op: "eq", value: "certificate-subsidy" },
      },
    });
    const claims = [
      { matter: "certificate-subsidy", level: "intermediate", date: "2024-05-01" },
      { matter: "other", level: "senior", date: "2024-05-01" },
    ];
    expect(paid(higher, { certificateLevel: "senior", claims })).toEqual([true, true]);
    expect(paid(higher, { certificateLevel: "intermediate", claims })).toEqual([false, false]);
    expect(paid(higher, { certificateLevel: "junior" })).toEqual([true, true]); // first claim
  });

  it("每人每年可享受1次补贴: a claim of the matter this calendar year bars it", () => {
    const yearly = when({ all: [] }, { claimLimit: { per: "calendar-year" } });
    const claim = (date: string) => [{ matter: "certificate-subsidy", date }];
    expect(paid(yearly, { claims: claim("2026-01-15") })).toEqual([false, false]);
    expect(paid(yearly, { claims: claim("2025-12-31") })).toEqual([true, true]);
    expect(paid(yearly, { claims: [{ matter: "certificate-subsidy", year: 2026 }] })).toEqual([
      false,
      false,
    ]);
    expect(paid(yearly, {})).toEqual([true, true]);
  });

  it("已享受相应补贴的，不再享受低等级证书补贴: once per level, never below", () => {
    const perLevel = when(
      { fact: "certificateLevel", op: "exists" },
      { claimLimit: { per: "level", levelFact: "certificateLevel" } },
    );
    const claimed = [{ matter: "certificate-subsidy", level: "senior", date: "2025-03-01" }];
    expect(paid(perLevel, { certificateLevel: "intermediate", claims: claimed })).toEqual([
      false,
      false,
    ]);
    expect(paid(perLevel, { certificateLevel: "senior", claims: claimed })).toEqual([false, false]);
    const lower = [{ matter: "certificate-subsidy", level: "junior", date: "2025-03-01" }];
    expect(paid(perLevel, { certificateLevel: "intermediate", claims: lower })).toEqual([
      true,
      true,
    ]);
  });

  it("compares one fact with another (一线工作年限不少于所需年限)", () => {
    const p = program("q", [
      fixed("b", "m", WAN, {
        conditions: { fact: "frontlineYears", op: "gte", ref: { fact: "age" } },
      }),
    ]);
    const r = (facts: Record<string, unknown>) =>
      evaluate(compile([p]), person(facts), asOf).entitlements.length;
    expect([
      r({ frontlineYears: 5, age: 5 }),
      r({ frontlineYears: 4, age: 5 }),
      r({ frontlineYears: 4 }),
    ]).toEqual([1, 0, 0]);
  });
});

describe("explaining relative comparisons", () => {
  it("names the evaluation date, the other fact or the highest earlier value", () => {
    const p = program(
      "e",
      [
        fixed("young", "young", WAN, {
          conditions: { fact: "birthDate", op: "lt", measure: "yearsSince", value: 35 },
        }),
        fixed("higher", "higher", WAN, {
          conditions: {
            fact: "certificateLevel",
            op: "gt",
            ref: { max: "claims", field: "level" },
          },
        }),
      ],
      { facts: [certificate] },
    );
    const text = explain(
      evaluate(
        compile([p]),
        person({
          birthDate: "1995-01-01",
          certificateLevel: "senior",
          claims: [{ matter: "x", level: "junior" }],
        }),
        asOf,
      ),
    );
    expect(text).toContain("出生日期距计算日（整年）低于 35年");
    expect(text).toContain("本次申领的证书等级高于 申领记录中申领等级的最高值（实际：senior）");
  });
});
