// Writes profile.schema.json from the zod profile schema. Run after changing the profile
// schema or the national fact catalogue: pnpm --filter @jiangce/rule-schema schema:write
import { writeFileSync } from "node:fs";
import { profileJsonSchema } from "../src/schema/profile-json-schema.ts";

const target = new URL("../profile.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
