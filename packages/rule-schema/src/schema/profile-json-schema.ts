import { z } from "zod";
import { exampleProfiles } from "../examples/profiles.ts";
import { profileSchema } from "./profile.ts";

export const profileJsonSchemaId = "https://jiangce.example/schemas/profile.schema.json";

/**
 * The applicant profile format as JSON Schema (draft 2020-12), generated from the zod
 * schema so the two never drift. National facts are typed; facts a program declares are
 * accepted as additional properties. Written to packages/rule-schema/profile.schema.json
 * by `pnpm --filter @jiangce/rule-schema schema:write`.
 */
export function profileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(profileSchema, {
    target: "draft-2020-12",
    io: "input",
  }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: profileJsonSchemaId,
    title: "匠策申请人档案 Applicant profile",
    ...generated,
    examples: exampleProfiles,
  };
}
