import { describe, expect, it } from "vitest";
import { changedPaths } from "./json-diff.ts";

describe("changedPaths", () => {
  it("names the leaves that changed, were added or removed", () => {
    const before = { title: "甲", clauses: [{ id: "c1", amount: 100 }, { id: "c2" }], x: 1 };
    const after = { title: "甲", clauses: [{ id: "c1", amount: 200 }], y: 2 };
    expect(changedPaths(before, after)).toEqual(["clauses.0.amount", "clauses.1", "x", "y"]);
  });
  it("is empty for equal documents and caps long lists", () => {
    expect(changedPaths({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
    const wide = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`k${i}`, i]));
    expect(changedPaths({}, wide, 10)).toHaveLength(10);
  });
  it("treats a change of type as a change of the whole value", () => {
    expect(changedPaths({ a: [1] }, { a: { 0: 1 } })).toEqual(["a"]);
    expect(changedPaths(1, "1")).toEqual(["(根)"]);
  });
});
