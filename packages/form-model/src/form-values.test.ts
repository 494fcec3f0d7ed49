import { nationalFactsByKey } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { type FormField, profileFromForm } from "./form-model.ts";
import { fenToYuanText, formValuesFromFacts } from "./form-values.ts";

describe("a profile back into the form", () => {
  const field = (key: string, type: FormField["type"]): FormField => ({
    key,
    label: key,
    type,
    options: [],
    fields: nationalFactsByKey.get(key)?.fields ?? [],
    unit: null,
    description: null,
    appliesTo: null,
  });
  const fields = [
    field("titles", "set"),
    field("skillLevel", "ordered"),
    field("studyExchangeCostFen", "money"),
    field("newlyIntroduced", "boolean"),
    field("competitions", "records"),
  ];

  it("round-trips through profileFromForm: sets, ordered levels, money in 元, records", () => {
    const facts = {
      titles: ["quzhou-young-craftsman"],
      skillLevel: "technician",
      studyExchangeCostFen: 1234567,
      newlyIntroduced: true,
      competitions: [{ event: "worldskills", medal: "gold", year: 2021, awardFen: 50 }],
    };
    const values = formValuesFromFacts(fields, facts);
    expect(values.studyExchangeCostFen).toBe("12345.67");
    const { profile, issues } = profileFromForm(fields, values, {
      id: "p",
      kind: "person",
      regionCode: "330802",
    });
    expect(issues).toEqual([]);
    expect(profile.facts).toEqual(facts);
  });

  it("writes fen as exact 元 text", () => {
    expect(fenToYuanText(600000)).toBe("6000");
    expect(fenToYuanText(5)).toBe("0.05");
  });
});
