import { describe, expect, it } from "vitest";
import { parseChinese, parseNumber, toInteger } from "./numerals.ts";

const fen = (raw: string, shift: number) => {
  const v = parseNumber(raw);
  return v && toInteger(v, shift);
};

describe("numbers as policy texts write them", () => {
  it("reads Chinese numerals with units and zeros", () => {
    expect(parseChinese("两万")?.mantissa).toBe(20000);
    expect(parseChinese("三千")?.mantissa).toBe(3000);
    expect(parseChinese("一百零五")?.mantissa).toBe(105);
    expect(parseChinese("十五")?.mantissa).toBe(15);
    expect(parseChinese("一亿五千万")?.mantissa).toBe(150_000_000);
    expect(parseChinese("二〇二五")?.mantissa).toBe(2025);
  });
  it("reads 零点六 as 0.6 exactly (the npm converters do not)", () => {
    expect(fen("零点六", 6)).toBe(600000);
    expect(fen("0.6", 6)).toBe(600000);
    expect(fen("１.５", 10)).toBe(15_000_000_000);
  });
  it("refuses what is not a number rather than guessing", () => {
    expect(parseNumber("万")).toBeUndefined();
    expect(parseNumber("1.2.3")).toBeUndefined();
    expect(parseNumber("9".repeat(40))).toBeUndefined();
    expect(fen("0.001", 2)).toBeUndefined();
  });
});
