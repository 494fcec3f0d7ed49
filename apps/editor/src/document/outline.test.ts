import type { Program } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { parsePrograms, seedProgramFiles } from "../../../../packages/programs/src/index.ts";
import {
  flaggedKeys,
  followHeadings,
  indent,
  moveNode,
  type OutlineNode,
  outdent,
  outlineOf,
  renumber,
} from "./outline.ts";

const seeds = parsePrograms(seedProgramFiles);
const seed = (id: string) => seeds.find((p) => p.id.includes(id)) as Program;

const citations = (p: Program) => p.clauses.map((c) => c.citation);
const tree = (nodes: OutlineNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.number, tree(n.children)] : n.number));

describe("outline: numbering computed from the structure", () => {
  it.each(seeds.map((p) => [p.id, p] as const))(
    "%s: renumbering the seed changes nothing (flagged numbering is kept)",
    (_id, program) => {
      expect(renumber(program)).toBe(program);
    },
  );

  it("reads each seed's numbering style and flags only what the structure cannot produce", () => {
    const flagged = Object.fromEntries(
      seeds.map((p) => [p.id, outlineOf(p).flags.map((f) => `${f.stored}→${f.computed}`)]),
    );
    // 黄石's closing paragraph "三、（末段）" sits inside 三 as its first sub-item; 衢州's 附则
    // and 武汉's 末段 stand after the last part, where the structure says 四 / 四、
    expect(Object.values(flagged).flat().sort()).toEqual(
      ["三、（末段）→三（一）", "附则→四", "末段→四、"].sort(),
    );
    expect(outlineOf(seed("quzhou")).style).toMatchObject({
      level1Mark: "",
      continuousItems: true,
    });
    expect(outlineOf(seed("wuhan")).style).toMatchObject({
      halfWidthParens: true,
      continuousItems: false,
    });
  });

  it("builds the tree: parts, sections, items; a clause heading its own section holds its children", () => {
    const outline = outlineOf(seed("dongxihu"));
    const actions = outline.roots[2] as OutlineNode;
    expect(actions.kind).toBe("clause");
    expect(actions.children.map((c) => c.number)).toEqual(
      ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].map((n) => `（${n}）`),
    );
    expect(tree(outlineOf(seed("quzhou")).roots).slice(0, 2)).toEqual([
      "一、",
      [
        "二、",
        [
          ["（一）", ["1.", "2.", "3.", "4."]],
          ["（二）", ["5.", "6.", "7.", "8."]],
          ["（三）", ["9.", "10.", "11."]],
          ["（四）", ["12.", "13.", "14."]],
          ["（五）", ["15.", "16.", "17.", "18."]],
        ],
      ],
    ]);
  });

  it("moving a clause renumbers everything after it and keeps ids", () => {
    const quzhou = seed("quzhou");
    const moved = moveNode(
      quzhou,
      "study-exchange",
      outlineOf(quzhou).roots[1]?.children[0]?.key ?? null,
      0,
    );
    expect(moved.clauses.map((c) => c.id).slice(1, 5)).toEqual([
      "study-exchange",
      "golden-blue-collar",
      "craftsman-selection",
      "talent-introduction",
    ]);
    expect(citations(moved).slice(1, 5)).toEqual([
      "二（一）1.",
      "二（一）2.",
      "二（一）3.",
      "二（一）4.",
    ]);
    expect(moved.clauses.find((c) => c.id === "study-exchange")?.text).toBe(
      quzhou.clauses.find((c) => c.id === "study-exchange")?.text,
    );
  });

  it("indent makes a clause the last child of the one before; outdent undoes it", () => {
    const wuhan = seed("wuhan");
    const indented = indent(wuhan, "skill-upgrade-training");
    const training = indented.clauses.find((c) => c.id === "training-platforms");
    const upgrade = indented.clauses.find((c) => c.id === "skill-upgrade-training");
    // 1. now heads a section of its own, and the moved clause is its first item
    expect(training?.sectionPath).toEqual([
      "二、重点工作",
      "(一)完善“武汉工匠”培育机制",
      "1.加快培育平台建设",
    ]);
    expect(upgrade?.citation).toBe("二(一)1.(1)");
    expect(indented.clauses.find((c) => c.id === "competition-selection")?.citation).toBe(
      "二(一)2.",
    );
    const back = outdent(indented, "skill-upgrade-training");
    expect(citations(back)).toEqual(citations(wuhan));
  });

  it("keeps a flagged citation's text when the structure around it changes", () => {
    const quzhou = seed("quzhou");
    const moved = moveNode(quzhou, "overall-goal", null, 1);
    expect(moved.clauses.find((c) => c.id === "overall-goal")?.citation).toBe("二");
    expect(moved.clauses.find((c) => c.id === "golden-blue-collar")?.citation).toBe("一（一）1.");
    expect(moved.clauses.at(-1)?.citation).toBe("附则");
  });
});

describe("a new clause", () => {
  it("gets the number of its place, and the items after it move up by one", () => {
    const wuhan = seed("wuhan");
    const fresh = {
      ...(wuhan.clauses[1] as Program["clauses"][number]),
      id: "fresh",
      citation: "",
      heading: "新条款",
    };
    const withNew = {
      ...wuhan,
      clauses: [...wuhan.clauses.slice(0, 2), fresh, ...wuhan.clauses.slice(2)],
    };
    const numbered = renumber(withNew, flaggedKeys(wuhan));
    expect(citations(numbered).slice(1, 5)).toEqual([
      "二(一)1.",
      "二(一)2.",
      "二(一)3.",
      "二(一)4.",
    ]);
    expect(outlineOf(numbered).flags.map((f) => f.stored)).toEqual(["末段"]);
  });
});

describe("a heading edited in the prose stays its section's title", () => {
  it("renames the section of a clause that heads one, in every clause inside it", () => {
    const dongxihu = seed("dongxihu");
    const edited = {
      ...dongxihu,
      clauses: dongxihu.clauses.map((c) =>
        c.id === "ten-actions" ? { ...c, heading: "实施技能人才十大行动" } : c,
      ),
    };
    const followed = followHeadings(dongxihu, edited);
    const inside = followed.clauses.filter((c) => c.sectionPath[0]?.startsWith("三、"));
    expect(inside.length).toBe(11);
    expect(new Set(inside.map((c) => c.sectionPath[0]))).toEqual(
      new Set(["三、实施技能人才十大行动"]),
    );
    expect(renumber(followed).clauses.map((c) => c.citation)).toEqual(citations(dongxihu));
  });
});
