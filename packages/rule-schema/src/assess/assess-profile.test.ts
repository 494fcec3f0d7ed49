import { describe, expect, it } from "vitest";
import { compile } from "../engine/compile.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { assessProfile } from "./assess-profile.ts";

const asOf = "2025-06-01";

describe("assessProfile: a partial profile in three values", () => {
  const p = program("p", [
    fixed("master", "master", 20 * WAN, {
      conditions: { fact: "skillLevel", op: "gte", value: "technician" },
    }),
    fixed("veteran", "veteran", 1 * WAN, {
      conditions: { fact: "frontlineYears", op: "gte", value: 5 },
    }),
    fixed("expert", "expert", 5 * WAN, {
      conditions: {
        all: [
          { fact: "honours", op: "contains", value: "national-technical-expert" },
          { fact: "frontlineYears", op: "gte", value: 5 },
        ],
      },
    }),
  ]);
  const compiled = compile([p]);

  it("with nothing answered, everything is open and the question with most money at stake comes first", () => {
    const a = assessProfile(compiled, person(), asOf);
    expect(a.applies).toEqual([]);
    expect(a.undecided.map((c) => c.key).sort()).toEqual(["p/expert", "p/master", "p/veteran"]);
    // skillLevel decides 20万元; frontlineYears 1万 + 5万 = 6万元; honours 5万元
    expect(a.questions.map((q) => [q.fact, q.fenAtStake, q.candidates])).toEqual([
      ["skillLevel", 20 * WAN, 1],
      ["frontlineYears", 6 * WAN, 2],
      ["honours", 5 * WAN, 1],
    ]);
    expect(a.complete).toBe(false);
  });

  it("a failing answer decides every candidate it gates, and an answer of 'none' counts as answered", () => {
    const a = assessProfile(compiled, person({ frontlineYears: 4 }), asOf, {
      answered: ["skillLevel"],
    });
    expect(a.doesNotApply.map((c) => c.key).sort()).toEqual(["p/expert", "p/master", "p/veteran"]);
    expect(a.questions).toEqual([]);
    expect(a.complete).toBe(true);
  });

  it("asks nothing once the answers settle the result", () => {
    const a = assessProfile(
      compiled,
      person({ skillLevel: "technician", frontlineYears: 6 }),
      asOf,
    );
    expect(a.applies.map((c) => c.key).sort()).toEqual(["p/master", "p/veteran"]);
    expect(a.undecided.map((c) => [c.key, c.dependsOn])).toEqual([["p/expert", ["honours"]]]);
  });
});
