import type { Db } from "@jiangce/db";
import { getPublishedProgram, listPublishedPrograms } from "../portal/portal.ts";

/** The published programs that apply in a district (its own and its city's, province's…). */
export async function programsInForce(db: Db, regionCode: string): Promise<unknown[]> {
  const listed = await listPublishedPrograms(db, regionCode);
  const documents = await Promise.all(listed.map((p) => getPublishedProgram(db, p.programId)));
  return documents.map((d) => d.document);
}
