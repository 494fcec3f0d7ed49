import type { Caller } from "./harness.ts";
import { REGIONS } from "./harness.ts";

/** A small complete program document issued by the given district (passes the rule schema). */
export function validDocument(regionCode: string, title = "工匠培育方案", extra = "") {
  const region = REGIONS.find((r) => r.code === regionCode);
  if (!region) throw new Error(`unknown test region ${regionCode}`);
  return {
    id: `program-${regionCode}`,
    title,
    stage: "final",
    issuer: { regionCode, level: region.level, name: region.name },
    validity: {
      issued: "2024-03-01",
      effective: { from: "issue" },
      expiry: { kind: "duration", years: 5 },
      text: "自印发之日起实施，有效期5年。",
    },
    clauses: [
      { id: "c1", citation: "一、", text: `对获评${region.name}工匠的，给予一次性奖励。${extra}` },
      { id: "c2", citation: "二、", text: "对新获评高级技师的，给予补贴。" },
    ],
  };
}

let slugCounter = 0;

/** A program whose latest version is a valid draft; returns ids and the current revision. */
export async function draftProgram(api: Caller, regionCode: string, title = "工匠培育方案") {
  slugCounter += 1;
  const created = await api.program.create({
    regionCode,
    slug: `p-${slugCounter}-${Date.now().toString(36)}`,
    title,
    document: validDocument(regionCode, title),
  });
  return { programId: created.programId, versionId: created.versionId, revision: created.revision };
}
