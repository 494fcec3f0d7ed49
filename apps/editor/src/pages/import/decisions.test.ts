import { readFileSync } from "node:fs";
import { applyProposals, importPolicyText } from "@jiangce/policy-import";
import { describe, expect, it } from "vitest";
import { decideKind, inDraft, stateOf } from "./decisions.ts";
import { proposalSummary } from "./proposal-text.ts";

const text = readFileSync(
  new URL("../../../../../packages/programs/src/quzhou/source.txt", import.meta.url),
  "utf8",
);
const result = importPolicyText(text, {
  issuer: { regionCode: "330800", level: "city", name: "衢州市" },
});
const deadline = result.proposals.find((p) => p.kind === "deadline");
const award = result.proposals.find(
  (p) => p.kind === "benefit" && proposalSummary(p).includes("衢州杰出工匠"),
);

describe("decisions on 衢州's proposals", () => {
  it("accepting all keeps a corrected value, and the draft holds the correction", () => {
    if (award?.kind !== "benefit") throw new Error("craftsman award not proposed");
    const edited = {
      action: "edit" as const,
      value: { ...award.value, label: "衢州工匠系列奖励" },
    };
    const decisions = decideKind(result.proposals, { [award.id]: edited }, "all", "accept");
    expect(stateOf(decisions[award.id])).toBe("edited");
    expect(Object.keys(decisions)).toHaveLength(result.proposals.length);
    const labels = applyProposals(result, decisions)
      .clauses?.flatMap((c) => c.benefits ?? [])
      .map((b) => b.label);
    expect(labels).toContain("衢州工匠系列奖励");
  });

  it("rejecting a kind rejects only that kind, and an undecided low score stays out of the draft", () => {
    if (!deadline) throw new Error("no clause deadline proposed");
    expect(inDraft(deadline, undefined)).toBe(deadline.confidence.score >= 0.5);
    const decisions = decideKind(result.proposals, {}, "deadline", "reject");
    const rejected = result.proposals.filter((p) => stateOf(decisions[p.id]) === "rejected");
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((p) => p.kind === "deadline")).toBe(true);
    expect(inDraft(deadline, decisions[deadline.id])).toBe(false);
  });

  it("says what each proposal read in the engine's words, amounts of every tier included", () => {
    expect(award && proposalSummary(award)).toContain(
      "衢州大工匠10万元、衢州杰出工匠6万元、衢州工匠2万元、衢州青年工匠6000元",
    );
    for (const p of result.proposals) expect(proposalSummary(p).length).toBeGreaterThan(0);
  });
});
