import { describe, expect, it } from "vitest";
import { cutText } from "./text-marks.ts";

describe("cutText", () => {
  it("cuts at every boundary and lists the covering spans innermost first", () => {
    const text = "对衢州大工匠给予10万元奖励。";
    const pieces = cutText(text.length, [
      { id: "p1", start: 0, end: 14 },
      { id: "p2", start: 8, end: 12 },
    ]);
    expect(pieces.map((p) => [text.slice(p.start, p.end), p.ids])).toEqual([
      ["对衢州大工匠给予", ["p1"]],
      ["10万元", ["p2", "p1"]],
      ["奖励", ["p1"]],
      ["。", []],
    ]);
  });

  it("leaves uncovered text as plain pieces and ignores spans outside the text", () => {
    const pieces = cutText(10, [
      { id: "u0", start: 3, end: 5 },
      { id: "x", start: 20, end: 30 },
    ]);
    expect(pieces.map((p) => [p.start, p.end, p.ids])).toEqual([
      [0, 3, []],
      [3, 5, ["u0"]],
      [5, 10, []],
    ]);
  });
});
