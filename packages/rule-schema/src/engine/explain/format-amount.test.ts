import { describe, expect, it } from "vitest";
import { formatAmountSpec, formatFigure } from "./format-amount.ts";

describe("an amount as the program states it", () => {
  it("reads each kind of amount", () => {
    expect(formatAmountSpec({ kind: "fixed", fen: 30_000_000, upTo: true })).toBe("最高30万元");
    expect(
      formatAmountSpec({
        kind: "per-unit",
        fenPerUnit: 300_000,
        unitLabel: "生",
        count: { fact: "students" },
        cap: 30_000_000,
      }),
    ).toBe("每生3000元（最高30万元）");
    expect(formatAmountSpec({ kind: "matching", ratio: 1, of: { matter: "city-award" } })).toBe(
      "1:1配套",
    );
    expect(formatAmountSpec({ kind: "uplift", percent: 30, of: { fact: "salaryFen" } })).toBe(
      "上浮30%",
    );
    expect(formatAmountSpec({ kind: "percent-of", percent: 200, of: { fen: 300_000 } })).toBe(
      "按200%标准",
    );
    expect(formatAmountSpec({ kind: "unspecified" })).toBe("按规定");
    expect(formatAmountSpec({ kind: "unspecified", cap: 2_000_000 })).toBe("按规定，最高2万元");
  });

  it("writes a paid figure alone, none for 按规定", () => {
    expect(formatFigure({ amount: 600_000, upTo: true })).toBe("最高6000元");
    expect(formatFigure({ amount: 3_000_000, upTo: false })).toBe("3万元");
    expect(formatFigure({ amount: "unspecified", upTo: false })).toBeNull();
  });
});
