import { describe, expect, it } from "vitest";
import { ProgramSetInvalidError } from "../errors/program-set-invalid-error.ts";
import type { BenefitInput } from "../schema/benefit.ts";
import type { Program } from "../schema/program.ts";
import { validateProgram } from "../schema/validate.ts";
import { fixed, program } from "../testing/fixtures.ts";
import { matterGraph } from "./matter-graph.ts";

function valid(id: string, benefits: BenefitInput[]): Program {
  const r = validateProgram(program(id, benefits));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const match = (id: string, matter: string, of: string): BenefitInput => ({
  id,
  matter,
  label: `${id} 配套`,
  recipient: "person",
  amount: { kind: "matching", ratio: 1, of: { matter: of } },
});

describe("matterGraph", () => {
  it("orders a matter after the matter its amount is based on, across programs", () => {
    const city = valid("city", [fixed("award", "city-award", 500_000)]);
    const employer = valid("employer", [match("employer-match", "employer-match", "city-award")]);
    const graph = matterGraph([employer, city]);
    expect(graph.nodeOf("city-award")).toBeLessThan(graph.nodeOf("employer-match"));
    expect(graph.nodes[graph.nodeOf("city-award")]!.referenced).toBe(true);
    expect(graph.nodes[graph.nodeOf("employer-match")]!.referenced).toBe(false);
    expect(graph.totalKeysOf("city-award", "city")).toEqual(["city-award"]);
    expect(graph.totalKeysOf("employer-match", "employer")).toBeNull();
  });

  it("settles matters of one exclusive group in one node", () => {
    const p = valid("p", [
      fixed("a", "matter-a", 100, { exclusiveGroup: "g" }),
      fixed("b", "matter-b", 200, { exclusiveGroup: "g" }),
      fixed("c", "matter-c", 300),
    ]);
    const graph = matterGraph([p]);
    expect(graph.nodeOf("matter-a")).toBe(graph.nodeOf("matter-b"));
    expect(graph.nodeOf("matter-c")).not.toBe(graph.nodeOf("matter-a"));
    expect(graph.nodes.map((n) => n.matters)).toEqual([["matter-a", "matter-b"], ["matter-c"]]);
  });

  it("a base read through capOf is an edge too, and a program-specific total gets its key", () => {
    const p = valid("p", [
      fixed("base", "base-award", 1_000),
      {
        ...fixed("capped", "capped-award", 5_000),
        amount: {
          kind: "fixed",
          fen: 5_000,
          capOf: { percent: 50, of: { matter: "base-award", program: "p" } },
        },
      },
    ]);
    const graph = matterGraph([p]);
    expect(graph.nodeOf("base-award")).toBeLessThan(graph.nodeOf("capped-award"));
    expect(graph.totalKeysOf("base-award", "p")).toEqual([expect.stringContaining("base-award")]);
  });

  it("rejects amounts that read each other in a cycle, naming the path", () => {
    const p = valid("p", [match("x", "matter-x", "matter-y"), match("y", "matter-y", "matter-x")]);
    expect(() => matterGraph([p])).toThrow(ProgramSetInvalidError);
    try {
      matterGraph([p]);
    } catch (e) {
      const issues = (e as ProgramSetInvalidError).issues;
      expect(issues.map((i) => i.code)).toEqual(["matter_cycle"]);
      expect(issues[0]!.message).toContain("matter-x → matter-y → matter-x");
    }
  });
});
