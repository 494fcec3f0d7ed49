import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Condition } from "../schema/condition.ts";
import type { Profile } from "../schema/profile.ts";
import type { ProgramInput } from "../schema/program.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { planFor } from "./plan.ts";

// Generated plan code must decide exactly what the closures decide: the same programs are
// compiled both ways and every condition is evaluated on the same profiles, including facts
// of the wrong type, nulls and empty lists.

const levels = ["a", "b", "c", "d"];
const tags = ["t1", "t2", "t3", "t4"];
const dates = ["2020-01-01", "2023-06-30", "2024-01-01", "2026-12-31"];

const facts = [
  {
    key: "lvl",
    label: "等级",
    type: "ordered",
    values: levels.map((v) => ({ value: v, label: v })),
  },
  { key: "n", label: "数", type: "number" },
  { key: "m", label: "金额", type: "money" },
  { key: "d", label: "日期", type: "date" },
  { key: "s", label: "文字", type: "string" },
  {
    key: "e",
    label: "枚举",
    type: "enum",
    values: ["x", "y", "z"].map((v) => ({ value: v, label: v })),
  },
  { key: "b", label: "是否", type: "boolean" },
  { key: "tags", label: "称号", type: "set", values: tags.map((v) => ({ value: v, label: v })) },
  { key: "home", label: "地区", type: "region" },
  {
    key: "derived",
    label: "推定资格",
    type: "set",
    values: [0, 1, 2, 3, 4, 5].map((i) => ({ value: `d${i}`, label: `推定${i}` })),
  },
  {
    key: "recs",
    label: "记录",
    type: "records",
    fields: [
      {
        key: "lv",
        label: "级别",
        type: "ordered",
        values: levels.map((v) => ({ value: v, label: v })),
      },
      { key: "k", label: "类别", type: "string" },
      { key: "r", label: "名次", type: "number" },
      { key: "y", label: "日期", type: "date" },
      { key: "ok", label: "推荐", type: "boolean" },
    ],
  },
] as const;

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const int = fc.integer({ min: -2, max: 6 });
const orderOps = ["eq", "ne", "gt", "gte", "lt", "lte", "exists"] as const;
const listOps = ["in", "nin"] as const;

/** a valid comparison on a value of the given type (top level or a record field) */
function comparison(fact: string, type: string): fc.Arbitrary<Condition> {
  switch (type) {
    case "ordered":
      return fc.oneof(
        fc.record({ fact: fc.constant(fact), op: pick(orderOps), value: pick(levels) }),
        fc.record({
          fact: fc.constant(fact),
          op: pick(listOps),
          value: fc.subarray(levels, { minLength: 1 }),
        }),
        fc.record({
          fact: fc.constant(fact),
          op: fc.constant("between" as const),
          value: fc.tuple(pick(levels), pick(levels)),
        }),
      );
    case "number":
    case "money":
      return fc.oneof(
        fc.record({ fact: fc.constant(fact), op: pick(orderOps), value: int }),
        fc.record({
          fact: fc.constant(fact),
          op: pick(listOps),
          value: fc.array(int, { minLength: 1, maxLength: 3 }),
        }),
        fc.record({
          fact: fc.constant(fact),
          op: fc.constant("between" as const),
          value: fc.tuple(int, int),
        }),
      );
    case "date":
      return fc.oneof(
        fc.record({ fact: fc.constant(fact), op: pick(orderOps), value: pick(dates) }),
        fc.record({
          fact: fc.constant(fact),
          op: fc.constant("between" as const),
          value: fc.tuple(pick(dates), pick(dates)),
        }),
      );
    case "boolean":
      return fc.record({
        fact: fc.constant(fact),
        op: pick(["eq", "ne", "exists"] as const),
        value: fc.boolean(),
      });
    case "set":
      return fc.oneof(
        fc.record({
          fact: fc.constant(fact),
          op: fc.constant("contains" as const),
          value: pick(tags),
        }),
        fc.record({
          fact: fc.constant(fact),
          op: pick(["containsAny", "containsAll"] as const),
          value: fc.subarray(tags, { minLength: 1 }),
        }),
        fc.constant({ fact, op: "exists" as const }),
      );
    case "region":
      return fc.record({
        fact: fc.constant(fact),
        op: pick(["within", "eq"] as const),
        value: pick(["420000", "420100", "420112", "330800"]),
      });
    default: {
      // string / enum (an enum's values are checked against its list)
      const values = type === "enum" ? ["x", "y"] : ["x", "y", "q\"'\\"];
      return fc.oneof(
        fc.record({
          fact: fc.constant(fact),
          op: pick(["eq", "ne", "exists"] as const),
          value: pick(values),
        }),
        fc.record({
          fact: fc.constant(fact),
          op: pick(listOps),
          value: fc.subarray(["x", "y", "z"], { minLength: 1 }),
        }),
      );
    }
  }
}

const combine = (leaf: fc.Arbitrary<Condition>) =>
  fc.letrec<{ c: Condition }>((tie) => ({
    c: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.record({ all: fc.array(tie("c"), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie("c"), { maxLength: 3 }) }),
      fc.record({ not: tie("c") }),
    ),
  })).c;

/** comparisons relative to the evaluation date or to another value (issue 11, part 3) */
const relOps = ["eq", "ne", "gt", "gte", "lt", "lte"] as const;
const measure = pick(["yearsSince", "calendarYearsSince"] as const);
const years = fc.integer({ min: -1, max: 6 });
const measured = (fact: string): fc.Arbitrary<Condition> =>
  fc.oneof(
    fc.record({ fact: fc.constant(fact), op: pick(relOps), measure, value: years }),
    fc.record({
      fact: fc.constant(fact),
      op: fc.constant("between" as const),
      measure,
      value: fc.tuple(years, years),
    }),
  );
const referring = (fact: string, ref: fc.Arbitrary<unknown>): fc.Arbitrary<Condition> =>
  fc.record({ fact: fc.constant(fact), op: pick(relOps), ref }) as fc.Arbitrary<Condition>;
const relativeField = fc.oneof(
  measured("y"),
  referring("r", fc.constant({ fact: "n" })),
  referring("lv", fc.constant({ fact: "lvl" })),
  referring("r", fc.constant({ field: "r" })),
  referring("lv", fc.constant({ field: "lv" })),
);

const recordFields = facts.find((f) => f.key === "recs")!.fields;
const fieldCondition = combine(
  fc.oneof(...recordFields.map((f) => comparison(f.key, f.type)), relativeField),
);
const relativeTop = fc.oneof(
  measured("d"),
  measured("n"),
  referring("n", fc.constant({ fact: "m" })),
  referring("d", fc.constant({ date: "programEffective" })),
  referring("lvl", fc.record({ max: fc.constant("recs"), field: fc.constant("lv") })),
  referring(
    "n",
    fc.record({ max: fc.constant("recs"), field: fc.constant("r"), where: fieldCondition }),
  ),
);
const topLeaf = fc.oneof(
  ...facts
    .filter((f) => f.type !== "records" && f.key !== "derived")
    .map((f) => comparison(f.key, f.type)),
  fc.record({
    fact: fc.constant("recs"),
    op: pick(["some", "none"] as const),
    where: fieldCondition,
  }),
  relativeTop,
);
const conditionArb = combine(topLeaf);

/** values of every type for every fact, and junk (null, wrong types, empty lists) */
const junk = fc.constantFrom(null, "", 0, true, [], {}, "zz");
const recordArb = fc.oneof(
  fc.record(
    {
      lv: fc.oneof(pick(levels), junk),
      k: fc.oneof(pick(["x", "y", "q\"'\\"]), junk),
      r: fc.oneof(int, junk),
      y: fc.oneof(pick(dates), junk),
      ok: fc.oneof(fc.boolean(), junk),
    },
    { requiredKeys: [] },
  ),
  junk,
);
const profileFacts = fc.record(
  {
    lvl: fc.oneof(pick(levels), junk),
    n: fc.oneof(int, junk),
    m: fc.oneof(int, junk),
    d: fc.oneof(pick(dates), junk),
    s: fc.oneof(pick(["x", "y", "z", "q\"'\\"]), junk),
    e: fc.oneof(pick(["x", "y", "z"]), junk),
    b: fc.oneof(fc.boolean(), junk),
    tags: fc.oneof(fc.subarray(tags), junk),
    home: fc.oneof(pick(["420112", "420102", "330802"]), junk),
    recs: fc.oneof(fc.array(recordArb, { maxLength: 3 }), junk),
  },
  { requiredKeys: [] },
);

function programWith(conditions: Condition[]): ProgramInput {
  return {
    id: "p",
    title: "等价性测试",
    stage: "final",
    issuer: { regionCode: "420100", level: "city", name: "武汉市" },
    validity: { effective: { from: "date", date: "2024-01-01" }, expiry: { kind: "open" } },
    facts: facts as unknown as ProgramInput["facts"],
    // each condition also decides a tier and a derived fact that a benefit reads
    derivations: conditions.map((c, i) => ({
      id: `d${i}`,
      fact: "derived",
      value: `d${i}`,
      when: c,
    })),
    clauses: conditions.map((c, i) => ({
      id: `c${i}`,
      citation: `${i + 1}.`,
      text: `第${i + 1}条`,
      benefits: [
        {
          id: `b${i}`,
          matter: `m${i}`,
          label: `奖励${i}`,
          recipient: "person",
          conditions: c,
          amount: { kind: "fixed", fen: 100 * (i + 1) },
        },
        {
          id: `tiered${i}`,
          matter: `tiered${i}`,
          label: `分档${i}`,
          recipient: "person",
          tiers: [
            { id: "high", label: "高", conditions: c, amount: { kind: "fixed", fen: 900 } },
            {
              id: "low",
              label: "低",
              conditions: { fact: "n", op: "exists" },
              amount: { kind: "fixed", fen: 100 },
            },
          ],
        },
        {
          id: `via${i}`,
          matter: `via${i}`,
          label: `推定${i}`,
          recipient: "person",
          conditions: { fact: "derived", op: "contains", value: `d${i}` },
          amount: { kind: "fixed", fen: 50 },
        },
      ],
      treatments: [{ id: `t${i}`, kind: "other", label: `待遇${i}`, conditions: c }],
    })),
  };
}

const profile = (f: Record<string, unknown>): Profile =>
  ({ id: "p1", kind: "person", regionCode: "420112", facts: f }) as Profile;

function outcome(r: ReturnType<typeof evaluate>) {
  return {
    paid: r.entitlements.map((e) => `${e.ref.benefitId}/${e.tier?.id ?? ""}`).sort(),
    excluded: r.excluded.map((x) => `${x.candidate.ref.benefitId}/${x.candidate.tier?.id}`).sort(),
    derived: r.derived.map((d) => d.derivation.id).sort(),
    treatments: r.treatments.map((t) => t.treatment.id).sort(),
  };
}

describe("generated plan code", () => {
  it("decides every condition exactly as the closures do", () => {
    fc.assert(
      fc.property(
        fc.array(conditionArb, { minLength: 1, maxLength: 6 }),
        fc.array(profileFacts, { minLength: 1, maxLength: 8 }),
        (conditions, profiles) => {
          const program = programWith(conditions);
          const generated = compile([program]);
          const closures = compile([program], { generateCode: false });
          expect(generated.generateCode).toBe(true);
          expect(planFor(generated, "2025-01-01", "420112", "person").code).not.toBeNull();
          for (const f of profiles) {
            const p = profile(f);
            expect(outcome(evaluate(generated, p, "2025-01-01"))).toEqual(
              outcome(evaluate(closures, p, "2025-01-01")),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 random programs: a few seconds on a quiet machine, more on a shared one
  }, 60_000);

  it("keeps quotes, backslashes and script text in values as data", () => {
    const hostile = `"); globalThis.pwned = true; ("\\'\u2028</script>`;
    const program = programWith([
      { fact: "s", op: "eq", value: hostile },
      { fact: "recs", op: "some", where: { fact: "k", op: "eq", value: hostile } },
    ]);
    const generated = compile([program]);
    const r = evaluate(generated, profile({ s: hostile, recs: [{ k: hostile }] }), "2025-01-01");
    expect(outcome(r).paid).toEqual(expect.arrayContaining(["b0/", "b1/", "via0/", "via1/"]));
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    const source = planFor(generated, "2025-01-01", "420112", "person").code!.source;
    expect(source).toContain(JSON.stringify(hostile));
  });

  it("is used for every plan that tests something, and can be turned off", () => {
    const program = programWith([{ fact: "n", op: "gte", value: 3 }]);
    expect(planFor(compile([program]), "2025-01-01", "420112", "person").code).not.toBeNull();
    const off = compile([program], { generateCode: false });
    expect(planFor(off, "2025-01-01", "420112", "person").code).toBeNull();
    expect(outcome(evaluate(off, profile({ n: 4 }), "2025-01-01")).paid).toContain("b0/");
  });
});
