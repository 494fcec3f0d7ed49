import { describe, expect, it } from "vitest";
import { smallProgram } from "../examples/small-program.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { describeResult } from "./explain/describe.ts";
import { explain } from "./explain/explain.ts";

const asOf = "2024-06-01";
const medallist = person({ competitions: [{ event: "worldskills", medal: "silver", year: 2022 }] });

describe("derived facts", () => {
  it("a WorldSkills medal makes one a craftsman directly, which earns that title's award", () => {
    const r = evaluate(compile([smallProgram]), medallist, asOf);
    expect(r.derived.map((d) => d.derivation.id)).toEqual(["worldskills-medal-makes-craftsman"]);
    expect(r.entitlements.map((e) => [e.ref.benefitId, e.amount])).toEqual([
      ["craftsman-award", 30 * WAN],
    ]);
    const text = explain(r);
    expect(text).toContain("示例工匠");
    expect(text).toContain("由认定规则得出");
    const view = describeResult(r).entitlements[0]!;
    expect(view.conditions[0]).toMatchObject({ met: true, derived: true, fact: "titles" });
  });

  it("an excellence award (优胜奖) does not qualify", () => {
    const r = evaluate(
      compile([smallProgram]),
      person({ competitions: [{ event: "worldskills", medal: "excellence" }] }),
      asOf,
    );
    expect(r.entitlements).toEqual([]);
    expect(r.derived).toEqual([]);
  });

  it("does not mutate the profile", () => {
    const profile = person({
      competitions: [{ event: "worldskills", medal: "gold" }],
      titles: ["x"],
    });
    evaluate(compile([smallProgram]), profile, asOf);
    expect(profile.facts.titles).toEqual(["x"]);
  });

  it("derived facts are visible to other programs of the region (chains across programs)", () => {
    const district = program(
      "district",
      [
        fixed("topup", "craftsman-topup", 2 * WAN, {
          conditions: { fact: "titles", op: "contains", value: "example-craftsman" },
        }),
      ],
      {
        issuer: { regionCode: "420112", level: "district", name: "东西湖区" },
        facts: [
          {
            key: "titles",
            extends: true,
            label: "称号",
            values: [{ value: "example-craftsman", label: "示例工匠" }],
          },
        ],
      },
    );
    const r = evaluate(compile([smallProgram, district]), medallist, asOf);
    expect(r.entitlements.map((e) => e.ref.benefitId).sort()).toEqual(["craftsman-award", "topup"]);
  });

  it("a derivation chain settles: A ⇒ B ⇒ C regardless of declaration order", () => {
    const p = program(
      "chain",
      [fixed("c-award", "c", WAN, { conditions: { fact: "levelC", op: "eq", value: true } })],
      {
        facts: [
          { key: "levelA", label: "A", type: "boolean" },
          { key: "levelB", label: "B", type: "boolean" },
          { key: "levelC", label: "C", type: "boolean" },
        ],
        derivations: [
          {
            id: "b-to-c",
            fact: "levelC",
            value: true,
            when: { fact: "levelB", op: "eq", value: true },
          },
          {
            id: "a-to-b",
            fact: "levelB",
            value: true,
            when: { fact: "levelA", op: "eq", value: true },
          },
        ],
      },
    );
    const r = evaluate(compile([p]), person({ levelA: true }), asOf);
    expect(r.entitlements).toHaveLength(1);
    expect(r.derived.map((d) => d.derivation.id).sort()).toEqual(["a-to-b", "b-to-c"]);
  });

  it("an expired program's derivations do not apply", () => {
    const expired = {
      ...smallProgram,
      validity: { ...smallProgram.validity, issued: "2010-01-01" },
    };
    const r = evaluate(compile([expired]), medallist, asOf);
    expect(r.derived).toEqual([]);
    expect(r.entitlements).toEqual([]);
  });

  it("an ordered derived fact only ever raises the level", () => {
    const p = program(
      "lvl",
      [
        fixed("tech", "t", WAN, {
          conditions: { fact: "skillLevel", op: "gte", value: "technician" },
        }),
      ],
      {
        facts: [{ key: "contestWinner", label: "竞赛优胜", type: "boolean" }],
        derivations: [
          {
            id: "promote",
            fact: "skillLevel",
            value: "technician",
            when: { fact: "contestWinner", op: "eq", value: true },
          },
        ],
      },
    );
    const c = compile([p]);
    expect(
      evaluate(c, person({ contestWinner: true, skillLevel: "senior" }), asOf).entitlements,
    ).toHaveLength(1);
    const higher = evaluate(
      c,
      person({ contestWinner: true, skillLevel: "chief-technician" }),
      asOf,
    );
    expect(higher.context.derived?.skillLevel).toBe("chief-technician");
  });
});
