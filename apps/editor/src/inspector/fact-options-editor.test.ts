import { describe, expect, it } from "vitest";
import { moveItem } from "./fact-options-editor.tsx";

describe("moveItem (reordering an ordered fact's levels)", () => {
  it("moves a level up or down by one, leaving the others in order", () => {
    expect(moveItem(["初级", "中级", "高级"], 2, 1)).toEqual(["初级", "高级", "中级"]);
    expect(moveItem(["初级", "中级", "高级"], 0, 1)).toEqual(["中级", "初级", "高级"]);
  });

  it("leaves the list as it was for a move past either end", () => {
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 1, 2)).toEqual(["a", "b"]);
  });
});
