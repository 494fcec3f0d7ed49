import { describe, expect, it } from "vitest";
import { mergeDocuments, PROGRAM_UNIT, unitChanges } from "./clause-merge.ts";

const clause = (id: string, text: string) => ({ id, citation: `${id}.`, text });
const doc = (title: string, ...clauses: ReturnType<typeof clause>[]) => ({ title, clauses });

describe("merging a stale save clause by clause", () => {
  const base = doc("方案", clause("a", "甲"), clause("b", "乙"), clause("c", "丙"));
  // I edited a and c; the other drafter edited b and c, and added d after b
  const mine = doc("方案", clause("a", "甲（我改）"), clause("b", "乙"), clause("c", "丙（我改）"));
  const theirs = doc(
    "方案（对方改了标题）",
    clause("a", "甲"),
    clause("b", "乙（对方改）"),
    clause("d", "丁（对方新增）"),
    clause("c", "丙（对方改）"),
  );

  it("lists what each side changed and proposes the side that changed it", () => {
    const changes = new Map(unitChanges(base, mine, theirs).map((c) => [c.key, c]));
    expect(changes.get("a")).toMatchObject({
      changedByMe: true,
      changedByThem: false,
      proposed: "mine",
    });
    expect(changes.get("b")).toMatchObject({
      changedByMe: false,
      changedByThem: true,
      proposed: "theirs",
    });
    expect(changes.get("c")).toMatchObject({ changedByMe: true, changedByThem: true });
    expect(changes.get("d")).toMatchObject({ changedByThem: true, proposed: "theirs" });
    expect(changes.get(PROGRAM_UNIT)).toMatchObject({ changedByThem: true, proposed: "theirs" });
  });

  it("keeps both people's work where they touched different clauses", () => {
    const merged = mergeDocuments(base, mine, theirs);
    expect(merged.title).toBe("方案（对方改了标题）");
    expect((merged.clauses as { id: string; text: string }[]).map((c) => [c.id, c.text])).toEqual([
      ["a", "甲（我改）"],
      ["b", "乙（对方改）"],
      ["d", "丁（对方新增）"],
      ["c", "丙（我改）"],
    ]);
  });

  it("takes theirs for a clause both changed when the drafter chooses so", () => {
    const merged = mergeDocuments(base, mine, theirs, { c: "theirs", d: "mine" });
    const texts = (merged.clauses as { id: string; text: string }[]).map((c) => c.text);
    expect(texts).toContain("丙（对方改）");
    expect(texts).not.toContain("丙（我改）");
    // choosing "mine" for a clause I never had leaves it out
    expect(texts).not.toContain("丁（对方新增）");
  });
});
