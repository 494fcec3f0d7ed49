import { describe, expect, it } from "vitest";
import { compareDocuments } from "./compare.ts";

const clause = (id: string, text: string, fen?: number) => ({
  id,
  citation: `${id}、`,
  text,
  benefits:
    fen === undefined
      ? []
      : [
          {
            id: `${id}-award`,
            matter: "award",
            label: "一次性奖励",
            amount: { kind: "fixed", fen },
          },
        ],
});

describe("compareDocuments", () => {
  it("lists added, removed and changed clauses with their texts, and money changes", () => {
    const before = {
      title: "方案",
      clauses: [clause("a", "甲", 1_000_000), clause("b", "乙"), clause("c", "丙")],
    };
    const after = {
      title: "方案（送审稿）",
      clauses: [clause("a", "甲", 2_000_000), clause("c", "丙改"), clause("d", "丁", 500_000)],
    };
    const result = compareDocuments(before, after);
    expect(result.document).toEqual(["title"]);
    expect(result.clauses.map((c) => [c.clauseId, c.change])).toEqual([
      ["a", "changed"],
      ["c", "changed"],
      ["d", "added"],
      ["b", "removed"],
    ]);
    expect(result.clauses[1]).toMatchObject({ textBefore: "丙", textAfter: "丙改" });
    expect(result.clauses[0]!.changedPaths).toEqual(["benefits.0.amount.fen"]);
    expect(result.benefits).toEqual([
      {
        clauseId: "a",
        benefitId: "a-award",
        change: "changed",
        label: "一次性奖励",
        before: { amount: { kind: "fixed", fen: 1_000_000 }, tiers: null },
        after: { amount: { kind: "fixed", fen: 2_000_000 }, tiers: null },
      },
      expect.objectContaining({ benefitId: "d-award", change: "added", before: null }),
    ]);
  });

  it("reports nothing for equal documents and copes with incomplete drafts", () => {
    const doc = { clauses: [clause("a", "甲", 100)] };
    expect(compareDocuments(doc, structuredClone(doc))).toEqual({
      clauses: [],
      benefits: [],
      document: [],
    });
    expect(compareDocuments(null, { clauses: [{ id: "x" }, { nope: 1 }] }).clauses).toEqual([
      {
        clauseId: "x",
        change: "added",
        citation: null,
        textBefore: null,
        textAfter: null,
        changedPaths: [],
      },
    ]);
  });
});
