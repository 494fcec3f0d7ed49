import { readFileSync } from "node:fs";
import {
  applyProposals,
  importPolicyText,
  type Proposal,
  validateDraft,
} from "@jiangce/policy-import";
import { evaluate, type Profile } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";

// The journey the editor will offer, without the UI: paste 衢州's text, accept the proposals,
// fix the one the text cannot say (who holds which title), and the engine pays the tiers.
const text = readFileSync(
  new URL("../../packages/programs/src/quzhou/source.txt", import.meta.url),
  "utf8",
);
const issuer = { regionCode: "330800", level: "city" as const, name: "衢州市" };
const titles = [
  ["quzhou-grand-craftsman", "衢州大工匠"],
  ["quzhou-outstanding-craftsman", "衢州杰出工匠"],
  ["quzhou-craftsman", "衢州工匠"],
  ["quzhou-young-craftsman", "衢州青年工匠"],
] as const;

describe("衢州's text imported into a draft the engine pays", () => {
  const result = importPolicyText(text, { id: "quzhou-imported", issuer });
  const award = result.proposals.find(
    (p): p is Extract<Proposal, { kind: "benefit" }> =>
      p.kind === "benefit" && (p.value.tiers?.map((t) => t.label) ?? []).includes("衢州杰出工匠"),
  );

  it("reads the four craftsman tiers with their amounts", () => {
    expect(award?.value.tiers?.map((t) => [t.label, t.amount])).toEqual(
      titles.map(([, label], i) => [
        label,
        { kind: "fixed", fen: [10_000_000, 6_000_000, 2_000_000, 600_000][i] },
      ]),
    );
    expect(result.validation).toEqual({ ok: true, issues: [] });
  });

  it("pays each title its tier once the drafter says who holds it and when the text was published", () => {
    if (!award) throw new Error("craftsman award not proposed");
    const fixed = {
      ...award.value,
      tiers: award.value.tiers?.map((t, i) => ({
        ...t,
        conditions: { fact: "titles", op: "contains" as const, value: titles[i]?.[0] ?? "" },
      })),
    };
    const program = applyProposals(result, { [award.id]: { action: "edit", value: fixed } });
    // what the editor's forms add: the title values, and the publication date the text omits
    program.facts = [
      ...(program.facts ?? []),
      {
        key: "titles",
        label: "地方称号",
        extends: true,
        values: titles.map(([value, label]) => ({ value, label })),
      },
    ];
    program.validity = { ...program.validity, published: "2021-07-01" };
    expect(validateDraft(program)).toEqual({ ok: true, issues: [] });

    for (const [i, [title]] of titles.entries()) {
      const profile: Profile = {
        id: `p-${title}`,
        kind: "person",
        regionCode: "330802",
        facts: { titles: [title] },
      };
      const paid = evaluate([program], profile, "2022-06-30").entitlements.filter(
        (e) => e.ref.benefitId === award.value.id,
      );
      expect(paid.map((e) => e.amount)).toEqual([[10_000_000, 6_000_000, 2_000_000, 600_000][i]]);
    }
    const nobody: Profile = {
      id: "p-none",
      kind: "person",
      regionCode: "330802",
      facts: { titles: [] },
    };
    expect(
      evaluate([program], nobody, "2022-06-30").entitlements.filter(
        (e) => e.ref.benefitId === award.value.id,
      ),
    ).toEqual([]);
  });
});
