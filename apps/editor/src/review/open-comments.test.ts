import { describe, expect, it } from "vitest";
import { openCommentCount, openCommentsByClause } from "./open-comments.ts";

const clauses = [
  { id: "c1", citation: "一" },
  { id: "c2", citation: "二" },
  { id: "c3", citation: "三" },
];
const comment = (
  id: string,
  clauseId: string,
  createdAt: string,
  resolvedAt: string | null = null,
) => ({
  id,
  clauseId,
  createdAt,
  resolvedAt,
});

describe("openCommentsByClause", () => {
  it("groups open comments in the draft's clause order, oldest first, resolved ones left out", () => {
    const groups = openCommentsByClause(
      [
        comment("a", "c3", "2026-01-02T00:00:00Z"),
        comment("b", "c1", "2026-01-03T00:00:00Z"),
        comment("c", "c3", "2026-01-01T00:00:00Z"),
        comment("d", "c2", "2026-01-01T00:00:00Z", "2026-01-05T00:00:00Z"),
      ],
      clauses,
    );
    expect(groups.map((g) => [g.citation, g.comments.map((c) => c.id)])).toEqual([
      ["一", ["b"]],
      ["三", ["c", "a"]],
    ]);
  });

  it("keeps comments on a clause deleted from the draft, last and without a citation", () => {
    const groups = openCommentsByClause(
      [comment("x", "gone", "2026-01-01T00:00:00Z"), comment("y", "c2", "2026-01-02T00:00:00Z")],
      clauses,
    );
    expect(groups.map((g) => [g.clauseId, g.citation])).toEqual([
      ["c2", "二"],
      ["gone", null],
    ]);
  });
});

describe("openCommentCount", () => {
  it("counts only unresolved comments", () => {
    expect(
      openCommentCount([
        comment("a", "c1", "2026-01-01T00:00:00Z"),
        comment("b", "c1", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"),
        comment("c", "c2", "2026-01-01T00:00:00Z"),
      ]),
    ).toBe(2);
  });
});
