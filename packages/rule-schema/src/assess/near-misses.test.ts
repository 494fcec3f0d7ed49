import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../engine/compile.ts";
import { evaluate } from "../engine/evaluate.ts";
import { explain } from "../engine/explain/explain.ts";
import type { Condition } from "../schema/condition.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { nearMisses } from "./near-misses.ts";

const asOf = "2025-06-01";
const p = program("p", [
  fixed("frontline", "frontline", 1 * WAN, {
    label: "一线骨干奖励",
    conditions: { fact: "frontlineYears", op: "gte", value: 5 },
  }),
  fixed("master", "master", 10 * WAN, {
    label: "技师奖励",
    conditions: {
      all: [
        { fact: "skillLevel", op: "gte", value: "technician" },
        { fact: "frontlineYears", op: "gte", value: 8 },
      ],
    },
  }),
  {
    id: "craftsman",
    matter: "craftsman",
    label: "工匠奖励",
    recipient: "person",
    tiers: [
      {
        id: "grand",
        label: "大工匠",
        conditions: { fact: "honours", op: "contains", value: "great-craftsman" },
        amount: { kind: "fixed", fen: 20 * WAN },
      },
      {
        id: "plain",
        label: "工匠",
        conditions: { fact: "skillLevel", op: "gte", value: "senior" },
        amount: { kind: "fixed", fen: 2 * WAN },
      },
    ],
  },
]);
const compiled = compile([p]);

describe("near misses (why not)", () => {
  const result = evaluate(compiled, person({ frontlineYears: 4, skillLevel: "senior" }), asOf);
  const misses = nearMisses(result);

  it("says which condition failed, with the value required and the applicant's own", () => {
    const frontline = misses.find((m) => m.key === "p/frontline");
    expect(frontline?.failing.map((f) => f.text)).toEqual(["一线工作年限4年，需满5年"]);
    expect(frontline?.failing[0]).toMatchObject({ required: 5, actual: 4, gap: 1, unit: "number" });
  });

  it("reads a yes/no condition as what is needed, not as 需为是", () => {
    const talent = compile([
      program("t", [
        fixed("talent", "talent", 5 * WAN, {
          label: "新引进人才安家补贴",
          conditions: { fact: "newlyIntroduced", op: "eq", value: true },
        }),
      ]),
    ]);
    const unanswered = nearMisses(evaluate(talent, person({}), asOf));
    expect(unanswered[0]?.failing.map((f) => f.text)).toEqual(["需为新引进人才（当前：未填写）"]);
    const answeredNo = nearMisses(evaluate(talent, person({ newlyIntroduced: false }), asOf));
    expect(answeredNo[0]?.failing.map((f) => f.text)).toEqual(["需为新引进人才（当前：否）"]);
  });

  it("measures ordered levels in steps and lists every failed part of an all", () => {
    const master = misses.find((m) => m.key === "p/master");
    expect(master?.failing.map((f) => [f.fact, f.gap, f.unit])).toEqual([
      ["skillLevel", 2, "levels"], // 高级工 → 预备技师 → 技师
      ["frontlineYears", 4, "number"],
    ]);
    expect(master?.failing[0]?.text).toContain("差2级");
  });

  it("counts a tier above the one paid, and orders the nearest first", () => {
    expect(result.entitlements.map((e) => e.tier?.id ?? e.ref.benefitId)).toEqual(["plain"]);
    expect(misses.map((m) => m.key)).toEqual(["p/frontline", "p/craftsman/grand", "p/master"]);
    expect(misses[1]).toMatchObject({ tierLabel: "大工匠", ceilingFen: 20 * WAN });
  });

  it("is printed by explain, where nothing else would say why", () => {
    const text = explain(evaluate(compiled, person({ frontlineYears: 4 }), asOf));
    expect(text).toContain("没有可享受的资金待遇");
    expect(text).toContain("✗ 《测试方案 p》1. 一线骨干奖励未享受：一线工作年限4年，需满5年。");
    expect(explain(result, { nearMisses: 0 })).not.toContain("✗");
  });
});

const leafArb: fc.Arbitrary<Condition> = fc.oneof(
  fc
    .constantFrom("junior", "senior", "technician")
    .map((value) => ({ fact: "skillLevel", op: "gte" as const, value })),
  fc
    .integer({ min: 0, max: 8 })
    .map((value) => ({ fact: "frontlineYears", op: "gte" as const, value })),
  fc.constant({ fact: "honours", op: "contains" as const, value: "national-technical-expert" }),
);
const condArb = fc.oneof(
  leafArb,
  fc.array(leafArb, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
  fc.array(leafArb, { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
);

describe("property: near misses", () => {
  it("list exactly the benefits neither paid nor excluded, each with a failed condition", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ c: condArb, matter: fc.constantFrom("a", "b", "c") }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.record(
          {
            skillLevel: fc.constantFrom("junior", "senior", "technician"),
            frontlineYears: fc.integer({ min: 0, max: 8 }),
            honours: fc.subarray(["national-technical-expert"]),
          },
          { requiredKeys: [] },
        ),
        (benefits, facts) => {
          const set = compile([
            program(
              "g",
              benefits.map((b, i) => fixed(`b${i}`, b.matter, (i + 1) * WAN, { conditions: b.c })),
            ),
          ]);
          const r = evaluate(set, person(facts), asOf);
          const settled = new Set([
            ...r.entitlements.map((e) => e.ref.key),
            ...r.excluded.map((x) => x.candidate.ref.key),
          ]);
          const misses = nearMisses(r);
          expect(misses.map((m) => m.key).sort()).toEqual(
            benefits
              .map((_, i) => `g/b${i}`)
              .filter((k) => !settled.has(k))
              .sort(),
          );
          for (const m of misses) expect(m.failing.length).toBeGreaterThan(0);
          for (let i = 1; i < misses.length; i++)
            expect(misses[i - 1]!.failing.length).toBeLessThanOrEqual(misses[i]!.failing.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("near misses of conditions relative to the evaluation date", () => {
  it("traces a records test whose where reads the evaluation date (近5年内)", () => {
    const recent = program("r", [
      fixed("recent", "recent", WAN, {
        label: "近5年业绩奖励",
        conditions: {
          all: [
            { fact: "frontlineYears", op: "gte", value: 3 },
            {
              fact: "competitions",
              op: "some",
              where: { fact: "year", op: "lt", measure: "calendarYearsSince", value: 5 },
            },
          ],
        },
      }),
    ]);
    const r = evaluate(
      compile([recent]),
      person({ frontlineYears: 3, competitions: [{ event: "other", year: 2019 }] }),
      asOf,
    );
    expect(nearMisses(r).map((m) => m.failing.map((f) => f.text))).toEqual([
      ["职业技能竞赛成绩需有一条记录：年份距计算日（自然年）低于5年"],
    ]);
  });
});
