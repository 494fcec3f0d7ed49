import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../engine/compile.ts";
import { evaluate } from "../engine/evaluate.ts";
import type { EvaluationResult } from "../engine/types.ts";
import type { Amount } from "../schema/amount.ts";
import type { Condition } from "../schema/condition.ts";
import type { Profile } from "../schema/profile.ts";
import type { ProgramInput } from "../schema/program.ts";
import { person, program, WAN } from "../testing/fixtures.ts";
import { assessProfile } from "./assess-profile.ts";

const asOf = "2025-06-01";

// ── property: answering in the suggested order reaches the full profile's result ──

const levels = ["junior", "intermediate", "senior", "technician", "senior-technician"];
const honours = ["national-technical-expert", "provincial-technical-expert"];
const leafArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom(...levels).map((value) => ({ fact: "skillLevel", op: "gte" as const, value })),
  fc.constantFrom(...honours).map((value) => ({ fact: "honours", op: "contains" as const, value })),
  fc
    .integer({ min: 0, max: 8 })
    .map((value) => ({ fact: "frontlineYears", op: "gte" as const, value })),
  fc.constant({ fact: "newlyIntroduced", op: "eq" as const, value: true }),
  fc.constant({ fact: "titles", op: "contains" as const, value: "enterprise-chief-technician" }),
  fc.constantFrom("gold", "silver").map((medal) => ({
    fact: "competitions",
    op: "some" as const,
    where: { fact: "medal", op: "gte" as const, value: medal },
  })),
);
const conditionArb: fc.Arbitrary<Condition | undefined> = fc.oneof(
  fc.constant(undefined),
  leafArb,
  fc.array(leafArb, { minLength: 2, maxLength: 3 }).map((all) => ({ all })),
  fc.array(leafArb, { minLength: 2, maxLength: 3 }).map((any) => ({ any })),
  leafArb.map((not) => ({ not })),
);
const amountArb: fc.Arbitrary<Amount> = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map((w) => ({ kind: "fixed" as const, fen: w * WAN })),
  fc.constant({
    kind: "per-unit" as const,
    fenPerUnit: WAN,
    unitLabel: "年",
    count: { fact: "frontlineYears" },
  }),
);
const programArb = fc.record({
  benefits: fc.array(
    fc.record({
      matter: fc.constantFrom("m1", "m2", "m3"),
      conditions: conditionArb,
      tiers: fc.option(
        fc.array(fc.record({ conditions: conditionArb, amount: amountArb }), {
          minLength: 1,
          maxLength: 3,
        }),
        { nil: undefined },
      ),
      amount: amountArb,
    }),
    { minLength: 1, maxLength: 4 },
  ),
  derive: fc.option(leafArb, { nil: undefined }),
  treatment: conditionArb,
});
const profileArb = fc.record(
  {
    skillLevel: fc.constantFrom(...levels),
    honours: fc.subarray(honours),
    frontlineYears: fc.integer({ min: 0, max: 8 }),
    newlyIntroduced: fc.boolean(),
    competitions: fc.array(
      fc.record({
        event: fc.constant("other"),
        medal: fc.constantFrom("bronze", "silver", "gold"),
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);

type ProgramSpec = typeof programArb extends fc.Arbitrary<infer T> ? T : never;

function build(spec: ProgramSpec): ProgramInput {
  return program(
    "gen",
    spec.benefits.map((b, i) => ({
      id: `b${i}`,
      matter: b.matter,
      label: `待遇${i}`,
      recipient: "person" as const,
      conditions: b.conditions,
      ...(b.tiers
        ? { tiers: b.tiers.map((t, ti) => ({ id: `t${ti}`, label: `档${ti}`, ...t })) }
        : { amount: b.amount }),
    })),
    {
      derivations: spec.derive
        ? [{ id: "d", fact: "titles", value: "enterprise-chief-technician", when: spec.derive }]
        : [],
      clauses: undefined,
    },
  );
}

/** What a person is paid and given: entitlements, exclusions and treatments. */
function outcome(r: EvaluationResult) {
  return {
    paid: r.entitlements.map((e) => `${e.ref.key}/${e.tier?.id ?? ""}=${e.amount}`).sort(),
    excluded: r.excluded.map((x) => `${x.candidate.ref.key}/${x.rule}`).sort(),
    treatments: r.treatments.map((t) => `${t.program.id}/${t.treatment.id}`).sort(),
  };
}

/** The generated program (with a conditional treatment) compiled, and a full profile. */
function setUp(spec: ProgramSpec, facts: Record<string, unknown>) {
  const input = build(spec);
  input.clauses = [
    ...(input.clauses ?? []),
    {
      id: "treat",
      citation: "9.",
      text: "待遇",
      treatments: [{ id: "tr", kind: "honour", label: "荣誉", conditions: spec.treatment }],
    },
  ];
  return { compiled: compile([input]), full: person(facts) };
}

/** Ask the first suggested question, reveal the full profile's answer, until complete. */
function walk(
  compiled: ReturnType<typeof compile>,
  facts: Record<string, unknown>,
  onStep?: (a: ReturnType<typeof assessProfile>, partial: Profile, answered: string[]) => void,
) {
  const answered: string[] = [];
  const partial: Profile = person({});
  for (let step = 0; step < 10; step++) {
    const a = assessProfile(compiled, partial, asOf, { answered });
    if (a.complete) break;
    onStep?.(a, partial, answered);
    const ask = a.questions[0]!.fact;
    answered.push(ask);
    if (ask in facts) (partial.facts as Record<string, unknown>)[ask] = facts[ask];
  }
  return { partial, answered };
}

describe("property: suggested questions", () => {
  it("answered in the suggested order, reach the full profile's result and then stop", () => {
    fc.assert(
      fc.property(programArb, profileArb, (spec, facts) => {
        const { compiled, full } = setUp(spec, facts);
        const { partial, answered } = walk(compiled, facts);
        expect(assessProfile(compiled, partial, asOf, { answered }).complete).toBe(true);
        expect(outcome(evaluate(compiled, partial, asOf))).toEqual(
          outcome(evaluate(compiled, full, asOf)),
        );
      }),
      { numRuns: 300 },
    );
  });

  // Kleene logic reads each comparison on its own: a condition that holds whatever a fact is
  // (any[x, not x]), or a derived fact read together with what derives it, still asks. So
  // this property runs on conditions without `not` or derivations, where every question
  // suggested must be able to change the result.
  it("suggest no irrelevant question (conditions without not, no derivations)", () => {
    const plain = programArb.filter(
      (s) => s.derive === undefined && !JSON.stringify(s).includes('"not"'),
    );
    fc.assert(
      fc.property(plain, profileArb, (spec, facts) => {
        const { compiled } = setUp(spec, facts);
        walk(compiled, facts, (a, partial, answered) => {
          for (const q of a.questions)
            expect([q.fact, relevant(compiled, partial, answered, q.fact)]).toEqual([q.fact, true]);
        });
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * A question is relevant when two answers to it (every other open fact answered alike) give
 * different results: tried over the values the generated conditions use.
 */
function relevant(
  compiled: ReturnType<typeof compile>,
  partial: Profile,
  answered: string[],
  fact: string,
): boolean {
  const probes: Record<string, unknown[]> = {
    skillLevel: [undefined, ...levels],
    honours: [undefined, [], ...honours.map((h) => [h]), honours],
    frontlineYears: [undefined, 0, 1, 2, 3, 4, 5, 6, 7, 8],
    newlyIntroduced: [undefined, true, false],
    titles: [undefined, ["enterprise-chief-technician"]],
    competitions: [
      undefined,
      [{ event: "other", medal: "silver" }],
      [{ event: "other", medal: "gold" }],
    ],
  };
  const open = Object.keys(probes).filter(
    (f) => f !== fact && !answered.includes(f) && !(f in partial.facts),
  );
  // completions of the other open facts: every mix of absent / lowest / highest when few are
  // open, else a fixed pseudo-random sample
  const picks = (v: unknown[]) => [undefined, v[1], v[v.length - 1]];
  const total = 3 ** open.length;
  const chosen =
    total <= 81
      ? [...Array(total).keys()]
      : [...Array(81).keys()].map((i) => (i * 7919 + 13) % total);
  for (const code of chosen) {
    const facts: Record<string, unknown> = { ...partial.facts };
    let rest = code;
    for (const f of open) {
      const v = picks(probes[f] ?? [])[rest % 3];
      rest = Math.floor(rest / 3);
      if (v !== undefined) facts[f] = v;
    }
    const seen = new Set<string>();
    for (const value of probes[fact] ?? [undefined]) {
      const probe = { ...facts };
      if (value === undefined) delete probe[fact];
      else probe[fact] = value;
      seen.add(JSON.stringify(outcome(evaluate(compiled, person(probe), asOf))));
    }
    if (seen.size > 1) return true;
  }
  return false;
}
