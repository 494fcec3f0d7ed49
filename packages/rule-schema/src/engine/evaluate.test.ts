import { describe, expect, it } from "vitest";
import { smallProgram } from "../examples/small-program.ts";
import { person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";

describe("evaluate", () => {
  const compiled = compile([smallProgram]);
  const asOf = "2024-06-01";

  it("facts of one profile never leak into the next (slots are cleared)", () => {
    const craftsman = person({ titles: ["example-craftsman"] });
    const medallist = person({ competitions: [{ event: "worldskills", medal: "gold" }] });
    const nobody = person({});
    expect(evaluate(compiled, craftsman, asOf).entitlements).toHaveLength(1);
    expect(evaluate(compiled, nobody, asOf).entitlements).toEqual([]);
    expect(evaluate(compiled, medallist, asOf).entitlements).toHaveLength(1); // derived title
    expect(evaluate(compiled, nobody, asOf).entitlements).toEqual([]);
  });

  it("accepts a plain program array and compiles it once", () => {
    const programs = [smallProgram];
    const a = evaluate(programs, person({ titles: ["example-craftsman"] }), asOf);
    const b = evaluate(programs, person({ titles: ["example-craftsman"] }), asOf);
    expect(a.entitlements[0]?.amount).toBe(30 * WAN);
    expect(b.compiled).toBe(a.compiled);
  });

  it("only benefits for the profile's recipient kind are candidates", () => {
    const p = program("k", [
      {
        id: "school-only",
        matter: "s",
        label: "院校补助",
        recipient: "school",
        amount: { kind: "fixed", fen: WAN },
      },
      {
        id: "either",
        matter: "e",
        label: "单位或院校",
        recipient: ["employer", "school"],
        amount: { kind: "fixed", fen: WAN },
      },
    ]);
    const c = compile([p]);
    const kinds = (kind: "person" | "employer" | "school") =>
      evaluate(c, { id: "x", kind, regionCode: "420100", facts: {} }, asOf).entitlements.map(
        (e) => e.ref.benefitId,
      );
    expect(kinds("person")).toEqual([]);
    expect(kinds("employer")).toEqual(["either"]);
    expect(kinds("school")).toEqual(["either", "school-only"]);
  });

  it("the same date, region and kind reuse one cached plan, other dates get their own", () => {
    const r1 = evaluate(compiled, person(), "2024-06-01");
    const r2 = evaluate(compiled, person(), "2024-06-01");
    const r3 = evaluate(compiled, person(), "2030-06-01");
    expect(r2.programs).toBe(r1.programs);
    expect(r3.programs).not.toBe(r1.programs);
    expect(r3.programs[0]?.status).toBe("expired");
  });
});
