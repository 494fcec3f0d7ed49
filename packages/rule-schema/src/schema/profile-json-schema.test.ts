import { describe, expect, it } from "vitest";
import checkedIn from "../../profile.schema.json" with { type: "json" };
import { exampleProfiles } from "../examples/profiles.ts";
import { profileJsonSchema } from "./profile-json-schema.ts";
import { validateProfile } from "./validate.ts";

describe("profile JSON Schema", () => {
  it("the checked-in profile.schema.json is up to date (run `pnpm --filter @jiangce/rule-schema schema:write`)", () => {
    expect(checkedIn).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
  });

  it("types national facts: 新八级工 levels in order, competition records", () => {
    const schema = profileJsonSchema() as {
      properties: { facts: { properties: Record<string, { enum?: string[]; items?: unknown }> } };
    };
    const facts = schema.properties.facts.properties;
    expect(facts.skillLevel?.enum?.slice(3, 6)).toEqual([
      "senior",
      "preparatory-technician",
      "technician",
    ]);
    expect(facts.competitions?.items).toMatchObject({ type: "object" });
  });

  it("the documented examples are valid profiles", () => {
    for (const example of exampleProfiles) expect(validateProfile(example).issues).toEqual([]);
  });
});
