import { describe, expect, it } from "vitest";
import { parseYuan } from "./yuan.ts";

const fen = (text: string) => {
  const r = parseYuan(text);
  return r.ok ? r.fen : r.message;
};

describe("parseYuan", () => {
  it("reads whole and decimal 元 exactly as fen", () => {
    expect(fen("3000")).toBe(300_000);
    expect(fen("3000.5")).toBe(300_050);
    expect(fen("3000.05")).toBe(300_005);
    expect(fen("0.1")).toBe(10);
    expect(fen("0.01")).toBe(1);
    expect(fen("0")).toBe(0);
    expect(fen("007")).toBe(700);
    expect(fen("12.")).toBe(1200);
  });

  it("does not suffer binary floating point (0.29 × 100 = 28.999…)", () => {
    expect(0.29 * 100).not.toBe(29);
    expect(fen("0.29")).toBe(29);
    expect(fen("1.15")).toBe(115);
    expect(fen("4.35")).toBe(435);
    expect(fen("9007199254740.99")).toBe(900_719_925_474_099);
  });

  it("accepts how people write money: separators, 元, 万, full-width digits", () => {
    expect(fen("3,000")).toBe(300_000);
    expect(fen(" 3 000 ")).toBe(300_000);
    expect(fen("3000元")).toBe(300_000);
    expect(fen("30万")).toBe(30_000_000);
    expect(fen("1.25万元")).toBe(1_250_000);
    expect(fen("0.000001万")).toBe(1);
    expect(fen("３０万元")).toBe(30_000_000);
    expect(fen("１２．５")).toBe(1250);
  });

  it("leaves an empty field unfilled", () => {
    expect(parseYuan("")).toEqual({ ok: true, fen: null });
    expect(parseYuan("   ")).toEqual({ ok: true, fen: null });
  });

  it("refuses what is not an exact amount, in Chinese", () => {
    for (const bad of ["-5", "abc", "1e3", "1.2.3", "3000.123", ".5", "五千", "0.0000001万"]) {
      const r = parseYuan(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(parseYuan("99999999999999999999").ok).toBe(false);
  });
});
