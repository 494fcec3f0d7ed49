import { describe, expect, it } from "vitest";
import { InvalidDateError } from "../errors/invalid-date-error.ts";
import { ProgramInvalidError } from "../errors/program-invalid-error.ts";
import { ProgramSetInvalidError } from "../errors/program-set-invalid-error.ts";
import type { Profile } from "../schema/profile.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { explain } from "./explain/explain.ts";

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("bad programs", () => {
  it("a fractional fen names the field and says what to fix", () => {
    const bad = program("bad", [fixed("award", "m", 12.5)]);
    const error = caught(() => compile([bad])) as ProgramInvalidError;
    expect(error).toBeInstanceOf(ProgramInvalidError);
    expect(error.code).toBe("PROGRAM_INVALID");
    expect(error.programId).toBe("bad");
    expect(error.issues[0]).toMatchObject({ path: "clauses.0.benefits.0.amount.fen" });
    expect(error.message).toContain("clauses.0.benefits.0.amount.fen");
    expect(error.message).toContain("整数");
  });

  it("a benefit with both amount and tiers is rejected with the path", () => {
    const bad = program("bad", [
      fixed("award", "m", WAN, {
        tiers: [{ id: "t", label: "档", amount: { kind: "fixed", fen: 1 } }],
      }),
    ]);
    const error = caught(() => compile([bad])) as ProgramInvalidError;
    expect(error.issues[0]?.path).toBe("clauses.0.benefits.0.amount");
    expect(error.issues[0]?.message).toContain("必须且只能填写一个");
  });

  it("a misspelt op lists the valid ones", () => {
    const bad = program("bad", [
      fixed("award", "m", WAN, {
        conditions: { fact: "skillLevel", op: "greater", value: "senior" } as never,
      }),
    ]);
    const error = caught(() => compile([bad])) as ProgramInvalidError;
    expect(error.issues[0]?.path).toBe("clauses.0.benefits.0.conditions.op");
    expect(error.issues[0]?.message).toContain("gte");
  });

  it("a wrong date names the field", () => {
    const bad = program("bad", [fixed("award", "m", WAN)], {
      validity: { effective: { from: "date", date: "2024-02-30" }, expiry: { kind: "open" } },
    });
    const error = caught(() => compile([bad])) as ProgramInvalidError;
    expect(error.issues[0]?.path).toBe("validity.effective.date");
  });

  it("a duplicate benefit id is reported where the second one is", () => {
    const bad = program("bad", [fixed("same", "a", WAN), fixed("same", "b", WAN)]);
    const error = caught(() => compile([bad])) as ProgramInvalidError;
    expect(error.issues[0]).toMatchObject({
      path: "clauses.1.benefits.0.id",
      code: "duplicate_id",
    });
  });

  it("non-objects never crash compile: they fail validation", () => {
    for (const input of [null, 1, "x", [], {}])
      expect(caught(() => compile([input]))).toBeInstanceOf(ProgramInvalidError);
  });

  it("two programs declaring one fact with different types cannot be compiled together", () => {
    const a = program("a", [], { facts: [{ key: "graduates", label: "毕业生", type: "number" }] });
    const b = program("b", [], { facts: [{ key: "graduates", label: "毕业生", type: "boolean" }] });
    const error = caught(() => compile([a, b])) as ProgramSetInvalidError;
    expect(error).toBeInstanceOf(ProgramSetInvalidError);
    expect(error.issues[0]?.path).toBe("b.facts.0");
  });

  it("matching amounts referring to each other are a cycle", () => {
    const p = program("cycle", [
      {
        id: "x",
        matter: "mx",
        label: "x",
        recipient: "person",
        amount: { kind: "matching", ratio: 1, of: { matter: "my" } },
      },
      {
        id: "y",
        matter: "my",
        label: "y",
        recipient: "person",
        amount: { kind: "matching", ratio: 1, of: { matter: "mx" } },
      },
    ]);
    const error = caught(() => compile([p])) as ProgramSetInvalidError;
    expect(error.code).toBe("PROGRAM_SET_INVALID");
    expect(error.message).toContain("循环");
  });

  it("duplicate program ids are rejected", () => {
    const error = caught(() =>
      compile([program("a", []), program("a", [])]),
    ) as ProgramSetInvalidError;
    expect(error.issues[0]?.message).toContain("重复");
  });
});

describe("bad evaluation input", () => {
  const compiled = compile([
    program("ok", [
      fixed("award", "m", WAN, {
        conditions: { fact: "skillLevel", op: "gte", value: "technician" },
      }),
    ]),
  ]);

  it("an impossible asOf is an InvalidDateError naming the value", () => {
    const error = caught(() => evaluate(compiled, person(), "2024-13-01")) as InvalidDateError;
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error.code).toBe("INVALID_DATE");
    expect(error.message).toContain("2024-13-01");
  });

  it("profiles with missing or odd facts evaluate to nothing instead of crashing", () => {
    const odd = [
      { id: "a", kind: "person", regionCode: "420112" },
      { id: "b", kind: "person", regionCode: "420112", facts: { skillLevel: 42 } },
      {
        id: "c",
        kind: "person",
        regionCode: "420112",
        facts: { skillLevel: "wizard", competitions: "many" },
      },
      { id: "d", kind: "martian", regionCode: "420112", facts: {} },
      { id: "e", kind: "person", regionCode: 420112, facts: {} },
    ] as unknown as Profile[];
    for (const p of odd) {
      const r = evaluate(compiled, p, "2024-06-01");
      expect(r.entitlements).toEqual([]);
      expect(typeof explain(r)).toBe("string");
    }
  });
});
