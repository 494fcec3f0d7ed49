import type { Program } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { normalizeDraft } from "./draft-model.ts";
import { dropClause, outlineOf } from "./outline-moves.ts";

const program = normalizeDraft({
  id: "p",
  title: "方案",
  clauses: [
    { id: "a", citation: "一、", text: "甲", sectionPath: ["一、总体要求"] },
    { id: "b", citation: "二（一）", text: "乙", sectionPath: ["二、主要举措"] },
    { id: "c", citation: "二（二）", text: "丙", sectionPath: ["二、主要举措"] },
  ],
}) as Program;
const order = (p: Program) => p.clauses.map((c) => `${c.id}@${c.sectionPath.join("/")}`);

describe("outline drag and drop", () => {
  it("shows sections with their clauses under the program node", () => {
    const tree = outlineOf(program);
    expect(tree.map((n) => n.title)).toEqual(["方案信息", "一、总体要求", "二、主要举措"]);
    expect(tree[2]?.children?.map((n) => n.key)).toEqual(["clause:b", "clause:c"]);
  });

  it("moves a clause between others and into their section", () => {
    expect(order(dropClause(program, "a", "clause:c", false, false))).toEqual([
      "b@二、主要举措",
      "a@二、主要举措",
      "c@二、主要举措",
    ]);
    expect(order(dropClause(program, "c", "clause:a", false, true))).toEqual([
      "a@一、总体要求",
      "c@一、总体要求",
      "b@二、主要举措",
    ]);
  });

  it("moves a clause dropped onto a section to the end of that section, keeping its id", () => {
    const moved = dropClause(program, "b", "section:一、总体要求", true, false);
    expect(order(moved)).toEqual(["a@一、总体要求", "b@一、总体要求", "c@二、主要举措"]);
    expect(moved.clauses.map((c) => c.id).sort()).toEqual(["a", "b", "c"]);
  });
});
