import { describe, expect, it } from "vitest";
import { formatFigure } from "./format-amount.ts";

describe("a paid figure", () => {
  it("writes a paid figure alone, none for 按规定", () => {
    expect(formatFigure({ amount: 600_000, upTo: true })).toBe("最高6000元");
    expect(formatFigure({ amount: 3_000_000, upTo: false })).toBe("3万元");
    expect(formatFigure({ amount: "unspecified", upTo: false })).toBeNull();
  });
});
