import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "./content-hash.ts";

describe("contentHash", () => {
  it("does not depend on key order, at any depth", () => {
    const a = {
      title: "方案",
      clauses: [{ id: "c1", text: "十万元" }],
      validity: { to: "2027-12-31" },
    };
    const b = {
      validity: { to: "2027-12-31" },
      clauses: [{ text: "十万元", id: "c1" }],
      title: "方案",
    };
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(contentHash(b)).toBe(contentHash(a));
  });

  it("changes when any value changes, array order included", () => {
    const base = { amounts: [100_000_00, 60_000_00], title: "方案" };
    expect(contentHash({ ...base, title: "方案 " })).not.toBe(contentHash(base));
    expect(contentHash({ ...base, amounts: [60_000_00, 100_000_00] })).not.toBe(contentHash(base));
    expect(contentHash({ ...base, amounts: [100_000_00, 60_000_01] })).not.toBe(contentHash(base));
  });

  it("drops undefined members as JSON does, so a stored document hashes like the original", () => {
    const original = { id: "p", note: undefined, nested: { a: 1, b: undefined } };
    const roundTripped = JSON.parse(JSON.stringify(original));
    expect(contentHash(roundTripped)).toBe(contentHash(original));
    expect(canonicalJson(original)).toBe('{"id":"p","nested":{"a":1}}');
  });

  it("is the sha256 hex of the canonical text", () => {
    expect(contentHash({})).toBe(
      "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
    );
  });
});
