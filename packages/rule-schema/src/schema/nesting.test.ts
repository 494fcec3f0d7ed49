import { describe, expect, it } from "vitest";
import { smallProgram } from "../examples/small-program.ts";
import { findExcessiveNesting, MAX_CONDITION_DEPTH, MAX_DOCUMENT_DEPTH } from "./nesting.ts";
import { validateProgram } from "./validate.ts";

const leaf = { fact: "skillLevel", op: "gte", value: "technician" };
function nested(levels: number, form: "all" | "not"): unknown {
  let condition: unknown = leaf;
  for (let i = 0; i < levels; i++)
    condition = form === "all" ? { all: [condition] } : { not: condition };
  return condition;
}

/** The small example program with its first benefit's conditions replaced. */
function programWith(conditions: unknown) {
  const program = structuredClone(smallProgram) as unknown as {
    clauses: { benefits?: { conditions?: unknown }[] }[];
  };
  const clause = program.clauses.find((c) => (c.benefits ?? []).length > 0)!;
  clause.benefits![0]!.conditions = conditions;
  return { program, at: `clauses.${program.clauses.indexOf(clause)}.benefits.0.conditions` };
}

describe("nesting bounds", () => {
  it("the example program is well within both bounds", () => {
    expect(findExcessiveNesting(smallProgram)).toBeUndefined();
  });

  it("conditions nested past the limit are refused with the path where it is crossed", () => {
    const { program, at } = programWith(nested(MAX_CONDITION_DEPTH + 3, "not"));
    const result = validateProgram(program);
    expect(result.ok).toBe(false);
    const [issue] = result.issues;
    expect(issue?.code).toBe("condition_too_deep");
    expect(issue?.path).toBe(`${at}${".not".repeat(MAX_CONDITION_DEPTH + 1)}`);
    expect(issue?.message).toContain(`超过${MAX_CONDITION_DEPTH}层`);
  });

  it("a condition exactly at the limit is fine", () => {
    const { program } = programWith(nested(MAX_CONDITION_DEPTH, "all"));
    expect(findExcessiveNesting(program)).toBeUndefined();
  });

  it("any depth (100 000 levels) is measured without overflowing the stack", () => {
    const { program, at } = programWith(nested(100_000, "all"));
    const issue = findExcessiveNesting(program, { condition: Number.POSITIVE_INFINITY });
    expect(issue?.code).toBe("nesting_too_deep");
    expect(issue?.pathParts).toHaveLength(MAX_DOCUMENT_DEPTH);
    expect(issue?.path.startsWith(`${at}.all.0.all.0`)).toBe(true);
    expect(validateProgram(program).ok).toBe(false);
  });
});
