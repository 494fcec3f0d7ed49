import { describe, expect, it } from "vitest";
import { parsePrograms, seedProgramFiles } from "../../../../packages/programs/src/index.ts";
import { refForPath } from "./block-ref.ts";

const quzhou = parsePrograms(seedProgramFiles).find((p) => p.id.includes("quzhou"));

describe("a validation path names the block to show", () => {
  it("points into clause blocks, program targets, annexes, and the program itself", () => {
    if (!quzhou) throw new Error("no quzhou");
    const id = quzhou.clauses[2]?.id;
    expect(refForPath(quzhou, "clauses.2.benefits.0.tiers.1.amount.fen")).toEqual({
      kind: "benefit",
      clauseId: id,
      index: 0,
    });
    expect(refForPath(quzhou, ["clauses", 2, "deadline"])).toEqual({
      kind: "clauseTerms",
      clauseId: id,
    });
    expect(refForPath(quzhou, "clauses.2.text")).toEqual({ kind: "clause", clauseId: id });
    expect(refForPath(quzhou, "targets.1.value")).toEqual({
      kind: "target",
      clauseId: null,
      index: 1,
    });
    expect(refForPath(quzhou, "annexes.0.tasks.3")).toEqual({ kind: "annex", index: 0 });
    expect(refForPath(quzhou, "validity.expiry")).toEqual({ kind: "program" });
  });
});
