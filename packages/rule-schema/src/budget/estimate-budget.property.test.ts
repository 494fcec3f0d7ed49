import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BenefitInput } from "../schema/benefit.ts";
import { program } from "../testing/fixtures.ts";
import { estimateBudget } from "./estimate-budget.ts";

const amountArb = fc.oneof(
  fc.integer({ min: 1, max: 500 }).map((w) => ({ kind: "fixed" as const, fen: w * 10_000 })),
  fc
    .integer({ min: 1, max: 500 })
    .map((w) => ({ kind: "fixed" as const, fen: w * 10_000, upTo: true })),
  fc.constant({ kind: "unspecified" as const, cap: 2_000_000, upTo: true }),
  fc.constant({ kind: "unspecified" as const }),
);
const benefitArb = fc.record({
  amount: amountArb,
  payer: fc.constantFrom("government" as const, "employer" as const),
  period: fc.constantFrom("once" as const, "per-year" as const, "per-month" as const),
  quota: fc.option(
    fc.record({
      count: fc.integer({ min: 1, max: 300 }),
      cycleYears: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  volume: fc.option(
    fc.oneof(
      fc.integer({ min: 0, max: 400 }).map((perYear) => ({ perYear })),
      fc.integer({ min: 0, max: 400 }).map((total) => ({ total })),
    ),
    { nil: undefined },
  ),
});

describe("property: estimateBudget", () => {
  it("adds up: lines by year to their totals, years and clauses and payers to the total; unknowns never lines", () => {
    fc.assert(
      fc.property(
        fc.array(benefitArb, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (specs, years) => {
          const benefits: BenefitInput[] = specs.map((b, i) => ({
            id: `b${i}`,
            matter: `m${i}`,
            label: `待遇${i}`,
            recipient: "person",
            payer: b.payer,
            period: b.period,
            amount: b.amount,
            ...(b.quota ? { quota: b.quota } : {}),
          }));
          const volumes = Object.fromEntries(
            specs.flatMap((b, i) => (b.volume ? [[`b${i}`, b.volume]] : [])),
          );
          const budget = estimateBudget(program("p", benefits), {
            horizon: { fromYear: 2024, toYear: 2023 + years },
            volumes,
          });
          expect(budget.years).toHaveLength(years);
          for (const l of budget.lines)
            expect(Object.values(l.byYear).reduce((s, f) => s + f, 0)).toBe(l.totalFen);
          const sum = (xs: { fen: number }[]) => xs.reduce((s, x) => s + x.fen, 0);
          expect(sum(budget.byYear)).toBe(budget.total.fen);
          expect(sum(budget.byClause)).toBe(budget.total.fen);
          expect(
            budget.total.byPayer.government +
              budget.total.byPayer.employer +
              budget.total.byPayer.other,
          ).toBe(budget.total.fen);
          const keys = new Set(budget.lines.map((l) => l.key));
          for (const u of budget.unknowns) expect(keys.has(u.key)).toBe(false);
          expect(keys.size + budget.unknowns.length).toBe(specs.length);
          for (const l of budget.lines)
            expect(Number.isSafeInteger(l.totalFen) && l.totalFen >= 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
