import { describe, expect, it } from "vitest";
import { moveItem, withLabel } from "./fact-options-editor.tsx";

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

describe("withLabel (naming a value)", () => {
  it("lets the identifier follow the Chinese name while it was not set apart", () => {
    const typed = withLabel(withLabel({ value: "", label: "" }, "衢"), "衢州工匠");
    expect(typed).toEqual({ value: "衢州工匠", label: "衢州工匠" });
  });

  it("keeps an identifier typed on purpose", () => {
    expect(withLabel({ value: "quzhou-craftsman", label: "衢州工匠" }, "衢州市工匠")).toEqual({
      value: "quzhou-craftsman",
      label: "衢州市工匠",
    });
  });
});
