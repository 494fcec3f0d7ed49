import { describe, expect, it } from "vitest";
import { compile } from "../engine/compile.ts";
import { smallProgram } from "../examples/small-program.ts";
import { checkProfileFacts } from "./check-profile-facts.ts";

describe("checkProfileFacts", () => {
  const { scope } = compile([smallProgram]);

  it("accepts well-typed national and program facts", () => {
    expect(
      checkProfileFacts(scope, {
        skillLevel: "technician",
        titles: ["example-craftsman"],
        competitions: [{ event: "worldskills", medal: "gold", year: 2024 }],
        newlyIntroduced: true,
      }),
    ).toEqual([]);
  });

  it("names each wrong field and what it should be", () => {
    const issues = checkProfileFacts(scope, {
      skillLevel: "grandmaster",
      newlyIntroduced: "yes",
      competitions: [{ event: "worldskills", medal: "platinum", colour: "red" }],
      skilLevel: "technician",
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["facts.skillLevel", "fact_type"],
      ["facts.newlyIntroduced", "fact_type"],
      ["facts.competitions.0.medal", "fact_type"],
      ["facts.competitions.0.colour", "unknown_fact"],
      ["facts.skilLevel", "unknown_fact"],
    ]);
    expect(issues[0]?.message).toContain("senior-technician");
    expect(issues[2]?.message).toContain("奖牌");
  });
});
