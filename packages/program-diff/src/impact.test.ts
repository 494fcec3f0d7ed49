import { parsePrograms, seedProgramFiles, workedCaseFiles } from "@jiangce/programs";
import type { Profile, Program } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { compareImpact, type ImpactCase } from "./impact.ts";

const quzhou = parsePrograms(seedProgramFiles).find(
  (p) => p.id === "quzhou-craftsman-2021",
) as Program;

// the program's own worked cases, single-program ones, as the test cases of the program
const cases: ImpactCase[] = (workedCaseFiles as { programId: string; cases: unknown[] }[])
  .filter((f) => f.programId === quzhou.id)
  .flatMap(
    (f) =>
      f.cases as {
        id: string;
        title: string;
        asOf: string;
        programs: string[];
        profile: Profile;
      }[],
  )
  .filter((c) => c.programs.length === 1)
  .map((c) => ({ id: c.id, name: c.title, asOf: c.asOf, profile: c.profile }));

function edit(change: (p: Program) => void): Program {
  const copy = structuredClone(quzhou);
  change(copy);
  return copy;
}
const craftsmanAward = (p: Program) =>
  p.clauses.flatMap((c) => c.benefits).find((b) => b.id === "craftsman-award");

describe("who gains and who loses", () => {
  it("raising the 衢州工匠 tier: its holders gain 1万元 each, nobody loses", () => {
    const raised = edit((p) => {
      const tier = craftsmanAward(p)?.tiers?.find((t) => t.id === "craftsman");
      if (tier?.amount.kind === "fixed") tier.amount.fen = 3_000_000;
    });
    const impact = compareImpact(quzhou, raised, cases, { asOf: "2022-06-30" });
    expect(impact.gains.length).toBeGreaterThan(0);
    expect(impact.gains.every((r) => r.deltaFen === 1_000_000)).toBe(true);
    expect(impact.gains.every((r) => r.after.some((l) => l.startsWith("衢州工匠 ")))).toBe(true);
    expect([...impact.loses, ...impact["loses-eligibility"], ...impact["newly-eligible"]]).toEqual(
      [],
    );
    expect(impact.unchanged.length).toBeGreaterThan(0);
    // every profile paid the 衢州工匠 tier before (not outranked by a higher title) gains
    const rows = Object.values(impact).flat();
    const holders = rows.filter((r) => r.before.some((l) => l.startsWith("衢州工匠 ")));
    expect(holders.length).toBeGreaterThan(0);
    expect(impact.gains.map((r) => r.caseId).sort()).toEqual(holders.map((r) => r.caseId).sort());
  });

  it("dropping a tier: its holders lose eligibility for it, nobody gains", () => {
    const dropped = edit((p) => {
      const b = craftsmanAward(p);
      if (b?.tiers) b.tiers = b.tiers.filter((t) => t.id !== "young");
    });
    const impact = compareImpact(quzhou, dropped, cases, { asOf: "2022-06-30" });
    const losers = [...impact.loses, ...impact["loses-eligibility"]];
    expect(losers.length).toBeGreaterThan(0);
    expect(losers.every((r) => r.before.some((l) => l.startsWith("衢州青年工匠")))).toBe(true);
    expect([...impact.gains, ...impact["newly-eligible"]]).toEqual([]);
    // the worked case of a 衢州青年工匠 keeps the title's other treatments, so loses money only
    expect(losers.find((r) => r.caseId === "qz-young-craftsman")?.deltaFen).toBe(-600_000);
  });

  it("the same program twice: everybody served is unchanged", () => {
    const impact = compareImpact(quzhou, structuredClone(quzhou), cases, { asOf: "2022-06-30" });
    expect(impact.unchanged.length).toBeGreaterThan(0);
    expect(impact.gains.length + impact.loses.length + impact["newly-eligible"].length).toBe(0);
  });
});
