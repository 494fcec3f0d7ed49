import { describe, expect, it } from "vitest";
import { amountText } from "./money.ts";

describe("amount of a benefit as the program states it", () => {
  it("reads each kind of amount", () => {
    expect(amountText({ kind: "fixed", fen: 30_000_000, upTo: true })).toBe("最高30万元");
    expect(
      amountText({ kind: "per-unit", fenPerUnit: 300_000, unitLabel: "生", cap: 30_000_000 }),
    ).toBe("每生3000元（最高30万元）");
    expect(amountText({ kind: "matching", ratio: 1 })).toBe("1:1配套");
    expect(amountText({ kind: "uplift", percent: 30 })).toBe("上浮30%");
    expect(amountText({ kind: "unspecified" })).toBe("按规定");
  });
});
