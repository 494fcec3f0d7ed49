import { describe, expect, it } from "vitest";
import { smallProgram } from "../examples/small-program.ts";
import { validateProfile, validateProgram } from "./validate.ts";

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function withBenefitAmount(amount: unknown) {
  const copy = clone(smallProgram) as unknown as {
    clauses: { benefits?: { amount?: unknown }[] }[];
  };
  copy.clauses[1]!.benefits![0]!.amount = amount;
  return copy;
}

describe("validateProgram", () => {
  it("accepts the README example", () => {
    const r = validateProgram(smallProgram);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it("names the path and says what to fix for a fractional fen amount", () => {
    const r = validateProgram(withBenefitAmount({ kind: "fixed", fen: 30.5 }));
    expect(r.ok).toBe(false);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        path: "clauses.1.benefits.0.amount.fen",
        message: expect.stringContaining("整数"),
      }),
    );
  });

  it("explains an unknown amount kind in Chinese", () => {
    const r = validateProgram(withBenefitAmount({ kind: "lump", fen: 1 }));
    expect(r.issues[0]?.path).toBe("clauses.1.benefits.0.amount.kind");
    expect(r.issues[0]?.message).toContain("fixed");
  });

  it("reports a condition on an undeclared fact", () => {
    const p = clone(smallProgram) as unknown as {
      clauses: { benefits?: { conditions?: unknown }[] }[];
    };
    p.clauses[1]!.benefits![0]!.conditions = { fact: "favouriteColour", op: "eq", value: "red" };
    const r = validateProgram(p);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        path: "clauses.1.benefits.0.conditions.fact",
        message: expect.stringContaining("未声明的事实 favouriteColour"),
      }),
    );
  });

  it("reports an impossible ordered value", () => {
    const p = clone(smallProgram) as unknown as {
      clauses: { benefits?: { conditions?: unknown }[] }[];
    };
    p.clauses[1]!.benefits![0]!.conditions = { fact: "skillLevel", op: "gte", value: "wizard" };
    const r = validateProgram(p);
    expect(r.issues[0]?.path).toBe("clauses.1.benefits.0.conditions.value");
    expect(r.issues[0]?.message).toContain("senior-technician");
  });

  it("never throws on garbage", () => {
    for (const input of [null, 42, "x", [], { id: 3 }, { clauses: [{ benefits: [null] }] }]) {
      const r = validateProgram(input);
      expect(r.ok).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
    }
  });

  it("rejects a region code that does not match the issuer level", () => {
    const p = clone(smallProgram) as unknown as { issuer: { regionCode: string } };
    p.issuer.regionCode = "420112";
    const r = validateProgram(p);
    expect(r.issues[0]?.path).toBe("issuer.regionCode");
  });
});

describe("validateProfile", () => {
  it("accepts a person with national facts and program facts", () => {
    const r = validateProfile({
      id: "p1",
      kind: "person",
      regionCode: "420112",
      facts: {
        skillLevel: "senior-technician",
        honours: ["national-technical-expert"],
        competitions: [{ event: "worldskills", medal: "gold", year: 2022 }],
        "wuhan-local-count": 3,
      },
    });
    expect(r.ok).toBe(true);
  });

  it("names the field of a bad skill level", () => {
    const r = validateProfile({
      id: "p1",
      kind: "person",
      regionCode: "420112",
      facts: { skillLevel: "grandmaster" },
    });
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.path).toBe("facts.skillLevel");
    expect(r.issues[0]?.message).toContain("高级技师");
  });
});
