import { parsePrograms, seedProgramFiles } from "@jiangce/programs";
import { type Program, validateProgram } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { changesOnly, compareProgram } from "./compare.ts";
import { editedCopy } from "./testing/edit-program.ts";

const seeds = parsePrograms(seedProgramFiles);

describe.each(seeds.map((p) => [p.id, p] as const))("%s against an edited copy", (_id, seed) => {
  const { edited, known } = editedCopy(seed);
  const diff = compareProgram(seed, edited);
  const byId = new Map(diff.clauses.map((c) => [c.clauseId, c]));
  const kinds = (clauseId: string | null) =>
    clauseId === null ? [] : (byId.get(clauseId)?.changes ?? []).map((c) => c.kind);

  it("is still a valid program (the edits are ones a drafter can make)", () => {
    expect(validateProgram(edited).issues).toEqual([]);
  });

  it("finds every edited clause and invents nothing from renumbering", () => {
    const touched = [known.amountClause, known.tierClause, known.conditionClause, known.unitClause];
    const expectedChanged = new Set(touched.filter((x) => x !== null));
    const changed = diff.clauses.filter((c) => c.status === "changed").map((c) => c.clauseId);
    expect(new Set(changed)).toEqual(expectedChanged);
    expect(diff.clauses.filter((c) => c.status === "added").map((c) => c.clauseId)).toEqual([
      known.addedClause,
    ]);
    expect(diff.clauses.filter((c) => c.status === "removed").map((c) => c.clauseId)).toEqual([
      known.removedClause,
    ]);
    expect(diff.clauses.filter((c) => c.moved).map((c) => c.clauseId)).toEqual([known.movedClause]);
    // every clause got a new citation, yet the rest are unchanged
    const untouched = seed.clauses.length - expectedChanged.size - 1;
    expect(diff.summary.unchanged).toBe(untouched);
    expect(diff.clauses.every((c) => c.status !== "unchanged" || c.changes.length === 0)).toBe(
      true,
    );
  });

  it("says each known change as a sentence of its kind", () => {
    if (known.amountClause) expect(kinds(known.amountClause)).toContain("amount");
    if (known.tierClause) expect(kinds(known.tierClause)).toContain("tier-added");
    if (known.conditionClause) {
      const c = byId.get(known.conditionClause)?.changes.find((x) => x.kind === "condition");
      expect(c?.direction).toBe("tightened");
      expect(c?.sentence).toMatch(/条件收紧：.*→.*一线工作年限达到3年/);
    }
    if (known.unitClause) expect(kinds(known.unitClause)).toEqual(["unit-removed"]);
    expect(diff.program.map((c) => c.kind).sort()).toEqual(["precedence", "validity"]);
  });

  it("marks the changed words of an amount edit in the redline, and only there", () => {
    for (const c of diff.clauses) {
      if (c.status === "unchanged") expect(c.redline).toEqual([]);
    }
    const amount = known.amountClause ? byId.get(known.amountClause) : undefined;
    if (amount && amount.textBefore !== amount.textAfter) {
      const kept = amount.redline.filter((r) => r.kind !== "added").map((r) => r.text);
      const made = amount.redline.filter((r) => r.kind !== "removed").map((r) => r.text);
      expect(kept.join("")).toBe(amount.textBefore);
      expect(made.join("")).toBe(amount.textAfter);
      expect(amount.redline.some((r) => r.kind === "added")).toBe(true);
    }
  });

  it("lists only what changed under 'changes only'", () => {
    expect(changesOnly(diff).length).toBe(expectedChangesOnly(known));
  });
});

function expectedChangesOnly(known: ReturnType<typeof editedCopy>["known"]): number {
  const touched = [known.amountClause, known.tierClause, known.conditionClause, known.unitClause];
  return new Set(touched.filter((x) => x !== null)).size + 3; // + moved, added, removed
}

describe("comparing a program with itself", () => {
  it.each(seeds.map((p) => [p.id, p] as const))("%s: no change at all", (_id, seed) => {
    const diff = compareProgram(seed, structuredClone(seed));
    expect(changesOnly(diff)).toEqual([]);
    expect(diff.program).toEqual([]);
  });
});

describe("an imported text (fresh ids) against the program", () => {
  it.each(seeds.map((p) => [p.id, p] as const))(
    "%s: clauses paired by their wording",
    (_id, seed) => {
      const { edited, known } = editedCopy(seed);
      const imported: Program = {
        ...edited,
        clauses: edited.clauses.map((c, i) => ({ ...c, id: `imported-${i}` })),
      };
      const diff = compareProgram(seed, imported);
      const removed = diff.clauses
        .filter((c) => c.status === "removed")
        .map((c) => c.beforeId ?? c.clauseId);
      expect(removed).toEqual([known.removedClause]);
      expect(diff.clauses.filter((c) => c.status === "added")).toHaveLength(1);
      expect(diff.clauses.filter((c) => c.matchedBy === "text")).toHaveLength(
        seed.clauses.length - 1,
      );
      const amount = diff.clauses.find((c) => c.beforeId === known.amountClause);
      if (known.amountClause) expect(amount?.status).toBe("changed");
    },
  );
});
