import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skillLevels } from "../catalogue/skill-levels.ts";
import type { Amount } from "../schema/amount.ts";
import type { BenefitInput } from "../schema/benefit.ts";
import type { Condition } from "../schema/condition.ts";
import type { ProgramInput } from "../schema/program.ts";
import { person } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { conditionsMet } from "./explain/describe.ts";
import { explainEntitlement } from "./explain/explain.ts";
import type { EvaluationResult } from "./types.ts";

const levels = skillLevels.map((l) => l.value);
const honours = ["national-technical-expert", "china-skills-award", "provincial-technical-expert"];

const conditionArb: fc.Arbitrary<Condition | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...levels).map((value) => ({ fact: "skillLevel", op: "gte" as const, value })),
  fc.constantFrom(...honours).map((value) => ({ fact: "honours", op: "contains" as const, value })),
  fc
    .integer({ min: 0, max: 10 })
    .map((value) => ({ fact: "frontlineYears", op: "gte" as const, value })),
);

const capArb = fc.option(fc.integer({ min: 1, max: 5_000_000 }), { nil: undefined });
const amountArb: fc.Arbitrary<Amount> = fc.oneof(
  fc.record({
    kind: fc.constant("fixed" as const),
    fen: fc.integer({ min: 1, max: 10_000_000 }),
    cap: capArb,
  }),
  fc.record({
    kind: fc.constant("per-unit" as const),
    fenPerUnit: fc.integer({ min: 1, max: 1_000_000 }),
    unitLabel: fc.constant("年"),
    count: fc.constant({ fact: "frontlineYears" }),
    cap: capArb,
  }),
  fc.record({
    kind: fc.constant("matching" as const),
    ratio: fc.constantFrom(0.5, 1, 2),
    of: fc.constant({ matter: "base" }),
    cap: capArb,
  }),
  fc.record({
    kind: fc.constant("uplift" as const),
    percent: fc.constantFrom(10, 30, 50),
    of: fc.constant({ matter: "base" }),
    cap: capArb,
  }),
  fc.constant({ kind: "unspecified" as const }),
);

const benefitArb = fc.record({
  matter: fc.constantFrom("m1", "m2", "m3"),
  conditions: conditionArb,
  exclusiveGroup: fc.constantFrom(undefined, "g1"),
  shape: fc.oneof(
    amountArb.map((amount) => ({ amount })),
    fc
      .array(fc.record({ conditions: conditionArb, amount: amountArb }), {
        minLength: 1,
        maxLength: 3,
      })
      .map((tiers) => ({ tiers })),
  ),
});

const issuers = [
  { regionCode: "100000", level: "national" as const, name: "国家" },
  { regionCode: "420000", level: "province" as const, name: "湖北省" },
  { regionCode: "420100", level: "city" as const, name: "武汉市" },
  { regionCode: "420112", level: "district" as const, name: "东西湖区" },
];

const programArb = fc.record({
  issuer: fc.constantFrom(...issuers),
  window: fc.constantFrom<[string, string | undefined]>(
    ["2019-01-01", "2022-12-31"],
    ["2019-01-01", undefined],
    ["2021-06-01", "2030-12-31"],
    ["2023-03-15", undefined],
    ["2023-03-15", "2023-12-31"],
  ),
  baseFen: fc.option(fc.integer({ min: 1, max: 2_000_000 }), { nil: undefined }),
  withinMatter: fc.constantFrom("highest" as const, "stack" as const),
  acrossPrograms: fc.constantFrom(
    "highest-then-newest" as const,
    "newest" as const,
    "stack" as const,
    "none" as const,
  ),
  higherLevelOverrides: fc.boolean(),
  benefits: fc.array(benefitArb, { minLength: 1, maxLength: 5 }),
});

type ProgramSpec = typeof programArb extends fc.Arbitrary<infer T> ? T : never;

function build(specs: ProgramSpec[]): ProgramInput[] {
  return specs.map((s, pi) => {
    const benefits: BenefitInput[] = s.benefits.map((b, bi) => ({
      id: `b${bi}`,
      matter: b.matter,
      label: `待遇${bi}`,
      recipient: "person",
      conditions: b.conditions,
      exclusiveGroup: b.exclusiveGroup,
      ...("amount" in b.shape
        ? { amount: b.shape.amount }
        : {
            tiers: b.shape.tiers.map((t, ti) => ({
              id: `t${ti}`,
              label: `档${ti}`,
              conditions: t.conditions,
              amount: t.amount,
            })),
          }),
    }));
    if (s.baseFen !== undefined)
      benefits.push({
        id: "base",
        matter: "base",
        label: "基础奖励",
        recipient: "person",
        amount: { kind: "fixed", fen: s.baseFen },
      });
    return {
      id: `p${pi}`,
      title: `方案${pi}`,
      stage: "final",
      issuer: s.issuer,
      validity: {
        effective: { from: "date", date: s.window[0] },
        expiry:
          s.window[1] === undefined ? { kind: "open" } : { kind: "last-day", date: s.window[1] },
      },
      precedence: {
        withinMatter: s.withinMatter,
        acrossPrograms: s.acrossPrograms,
        higherLevelOverrides: s.higherLevelOverrides,
      },
      clauses: benefits.map((b, ci) => ({
        id: `c${ci}`,
        citation: `${ci + 1}.`,
        text: b.label,
        benefits: [b],
      })),
    } satisfies ProgramInput;
  });
}

const profileArb = fc.record({
  skillLevel: fc.constantFrom(...levels),
  honours: fc.subarray(honours),
  frontlineYears: fc.integer({ min: 0, max: 12 }),
});
const asOfArb = fc.constantFrom(
  "2020-06-01",
  "2022-12-31",
  "2023-01-01",
  "2026-06-01",
  "2031-01-01",
);

function canonical(r: EvaluationResult) {
  const key = (e: { ref: { key: string }; tier: { id: string } | null; amount: number | string }) =>
    `${e.ref.key}/${e.tier?.id ?? ""}=${e.amount}`;
  return {
    paid: r.entitlements.map(key).sort(),
    excluded: r.excluded.map((x) => `${key(x.candidate)}:${x.rule}`).sort(),
  };
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const runs = { numRuns: 150 };

describe("engine properties", () => {
  it("results do not depend on the order of programs or clauses", () => {
    fc.assert(
      fc.property(
        fc.array(programArb, { minLength: 1, maxLength: 4 }),
        profileArb,
        asOfArb,
        fc.integer(),
        (specs, facts, asOf, seed) => {
          const programs = build(specs);
          const reordered = shuffled(programs, seed).map((p) => ({
            ...p,
            clauses: shuffled(p.clauses ?? [], seed + 1),
          }));
          const a = evaluate(compile(programs), person(facts), asOf);
          const b = evaluate(compile(reordered), person(facts), asOf);
          expect(canonical(b)).toEqual(canonical(a));
        },
      ),
      runs,
    );
  });

  it("a 'just the highest' group never pays two", () => {
    fc.assert(
      fc.property(
        fc.array(programArb, { minLength: 1, maxLength: 3 }),
        profileArb,
        asOfArb,
        (specs, facts, asOf) => {
          const r = evaluate(compile(build(specs)), person(facts), asOf);
          const seen = new Map<string, number>();
          const count = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);
          for (const e of r.entitlements) {
            count(`benefit:${e.ref.key}`); // at most one tier per benefit
            if (e.ref.program.rule(e.ref.matter).withinMatter === "highest")
              count(`matter:${e.ref.programId}:${e.ref.matter}`);
            if (e.ref.benefit.exclusiveGroup)
              count(`group:${e.ref.programId}:${e.ref.benefit.exclusiveGroup}`);
          }
          for (const [k, n] of seen) expect(n, k).toBe(1);
        },
      ),
      runs,
    );
  });

  it("every paid amount is backed by an explanation whose conditions all hold", () => {
    fc.assert(
      fc.property(
        fc.array(programArb, { minLength: 1, maxLength: 3 }),
        profileArb,
        asOfArb,
        (specs, facts, asOf) => {
          const compiled = compile(build(specs));
          const r = evaluate(compiled, person(facts), asOf);
          for (const e of r.entitlements) {
            for (const t of conditionsMet(compiled, e, r.context)) expect(t.met).toBe(true);
            const text = explainEntitlement(r, e);
            expect(text).toContain(e.ref.citation);
            expect(text).toContain("依据");
            if (e.amount !== "unspecified")
              expect(Number.isSafeInteger(e.amount) && e.amount > 0).toBe(true);
            if (e.ref.validUntil !== null) expect(asOf <= e.ref.validUntil).toBe(true);
            if (e.ref.validFrom !== null) expect(asOf >= e.ref.validFrom).toBe(true);
          }
        },
      ),
      runs,
    );
  });

  it("expired programs pay nothing and are not even candidates", () => {
    fc.assert(
      fc.property(
        fc.array(programArb, { minLength: 1, maxLength: 3 }),
        profileArb,
        asOfArb,
        (specs, facts, asOf) => {
          const compiled = compile(build(specs));
          const r = evaluate(compiled, person(facts), asOf);
          const expired = new Set(
            r.programs.filter((p) => p.status === "expired").map((p) => p.program.id),
          );
          for (const p of compiled.programs)
            if (p.until !== null && asOf > p.until) expect(expired.has(p.id)).toBe(true);
          for (const e of r.entitlements) expect(expired.has(e.ref.programId)).toBe(false);
          for (const x of r.excluded) expect(expired.has(x.candidate.ref.programId)).toBe(false);
        },
      ),
      runs,
    );
  });

  it("caps hold", () => {
    fc.assert(
      fc.property(
        fc.array(programArb, { minLength: 1, maxLength: 3 }),
        profileArb,
        asOfArb,
        (specs, facts, asOf) => {
          const r = evaluate(compile(build(specs)), person(facts), asOf);
          for (const e of [...r.entitlements, ...r.excluded.map((x) => x.candidate)]) {
            const spec = e.tier?.amount ?? e.ref.benefit.amount!;
            if (spec.cap !== undefined && e.amount !== "unspecified")
              expect(e.amount).toBeLessThanOrEqual(spec.cap);
            if (e.capped) expect(e.amount).toBe(spec.cap);
          }
        },
      ),
      runs,
    );
  });
});
