// Fails on any field of the program schema that no editor control declares (see handled-paths.ts).
import { describe, expect, it } from "vitest";
import { handledPaths } from "./handled-paths.ts";
import { schemaLeaves } from "./schema-walk.ts";

// every inspector registers its paths when its module loads
await import("./program-inspector.tsx");
await import("./clause-inspector.tsx");
await import("./benefit-inspector.tsx");
await import("./treatment-inspector.tsx");
await import("./annex-inspector.tsx");
await import("../workspace/block-list.tsx");

describe("every field of the program schema has an editor control", () => {
  const leaves = schemaLeaves();

  it("walks the schema deep enough to see amounts, tiers, quotas and record bases", () => {
    expect(leaves).toContain("clauses[].benefits[].amount.fen");
    expect(leaves).toContain("clauses[].benefits[].tiers[].quota.cycleYears");
    expect(leaves).toContain("clauses[].benefits[].amount.capOf.of.records");
    expect(leaves).toContain("precedence.matters{}.acrossPrograms");
    expect(leaves).toContain("clauses[].benefits[].conditions");
    expect(leaves.size).toBeGreaterThan(150);
  });

  it("finds a control for each leaf", () => {
    const declared = handledPaths();
    const missing = [...leaves].filter((leaf) => !declared.has(leaf));
    expect(missing).toEqual([]);
  });

  // containers (a clause's benefit list, the clause list) are declared by what adds and moves them
  it("declares no path the schema does not have (a renamed field is caught too)", () => {
    const stale = [...handledPaths()].filter(
      (p) =>
        ![...leaves].some(
          (leaf) => leaf === p || leaf.startsWith(`${p}.`) || leaf.startsWith(`${p}[]`),
        ),
    );
    expect(stale).toEqual([]);
  });
});
