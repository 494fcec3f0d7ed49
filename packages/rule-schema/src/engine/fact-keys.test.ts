import { describe, expect, it } from "vitest";
import type { Amount } from "../schema/amount.ts";
import { amountFactKeys } from "./fact-keys.ts";

const keys = (a: Amount, required = false) => [...amountFactKeys(a, new Set(), { required })];
const records = { records: "competitions", field: "awardFen" } as const;

describe("amountFactKeys reads every amount kind", () => {
  it("fixed and unspecified amounts read no fact", () => {
    expect(keys({ kind: "fixed", fen: 100 })).toEqual([]);
    expect(keys({ kind: "unspecified" })).toEqual([]);
  });

  it("per-unit reads its count fact or its counted records", () => {
    expect(
      keys({ kind: "per-unit", fenPerUnit: 100, unitLabel: "人", count: { fact: "trainees" } }),
    ).toEqual(["trainees"]);
    const where = { fact: "rank", op: "eq", value: 1 } as const;
    expect(
      keys({
        kind: "per-unit",
        fenPerUnit: 100,
        unitLabel: "项",
        count: { records: "competitions", where },
      }),
    ).toEqual(["competitions"]);
  });

  it("matching, uplift and percent-of read a money fact or summed records, not a matter", () => {
    expect(keys({ kind: "matching", ratio: 1, of: records })).toEqual(["competitions"]);
    expect(keys({ kind: "uplift", percent: 30, of: { fact: "salaryFen" } })).toEqual(["salaryFen"]);
    expect(keys({ kind: "percent-of", percent: 200, of: { matter: "city-award" } })).toEqual([]);
    expect(keys({ kind: "matching", ratio: 1, of: { fen: 500 } })).toEqual([]);
  });

  it("capOf's base is read, but is not required to pay", () => {
    const a: Amount = {
      kind: "percent-of",
      percent: 70,
      of: { fact: "surplusFen" },
      capOf: { percent: 15, of: { fact: "performancePayBaselineFen" } },
    };
    expect(keys(a)).toEqual(["surplusFen", "performancePayBaselineFen"]);
    expect(keys(a, true)).toEqual(["surplusFen"]);
    expect(keys({ kind: "fixed", fen: 100, capOf: { percent: 10, of: records } })).toEqual([
      "competitions",
    ]);
  });
});
