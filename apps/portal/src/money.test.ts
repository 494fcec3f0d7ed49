import { describe, expect, it } from "vitest";
import { amountText, formatFen } from "./money.ts";

describe("money display", () => {
  it("shows fen in the units the policy texts use, exactly", () => {
    expect(formatFen(300_000_000)).toBe("300万元");
    expect(formatFen(600_000)).toBe("6,000元");
    expect(formatFen(100_000_000)).toBe("100万元");
    expect(formatFen(150)).toBe("1.50元");
    expect(formatFen(1_234_567_801)).toBe("12,345,678.01元");
  });

  it("reads each kind of amount", () => {
    expect(amountText({ kind: "fixed", fen: 30_000_000, upTo: true })).toBe("最高30万元");
    expect(
      amountText({ kind: "per-unit", fenPerUnit: 300_000, unitLabel: "生", cap: 30_000_000 }),
    ).toBe("每生3,000元（最高30万元）");
    expect(amountText({ kind: "matching", ratio: 1 })).toBe("1:1配套");
    expect(amountText({ kind: "uplift", percent: 30 })).toBe("上浮30%");
    expect(amountText({ kind: "unspecified" })).toBe("按规定");
  });
});
