import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { requireRole } from "../access/access.ts";
import type { SessionInfo } from "../auth/session.ts";
import { regionTree } from "../region/region-tree.ts";
import type { DraftDocument } from "./document.ts";
import { findProgramOrThrow } from "./queries.ts";
import { createProgram } from "./versions.ts";

/**
 * A new draft program of `regionCode` started from another district's published program: its
 * clauses and benefits, re-issued by the copying district, dates of issue cleared (they belong
 * to the original), stage back to 征求意见稿. The new program records its origin.
 */
export async function copyProgram(
  db: Db,
  auth: SessionInfo,
  input: { regionCode: string; slug: string; title: string; sourceProgramId: string; now: Date },
) {
  await requireRole(db, auth, input.regionCode, ["drafter"]);
  const source = await findProgramOrThrow(db, input.sourceProgramId);
  // only what the portal shows publicly can be copied: drafts of other districts stay private
  if (!source.publishedVersionId) throw new AppError("NOT_FOUND", "该方案尚未发布，不能复制");
  const version = await db.programVersion.findUniqueOrThrow({
    where: { id: source.publishedVersionId },
    select: { id: true, document: true },
  });
  const region = (await regionTree(db)).byCode.get(input.regionCode);
  if (!region) throw new AppError("NOT_FOUND", `未找到行政区划 ${input.regionCode}`);
  const original = (version.document ?? {}) as DraftDocument;
  const validity = (original.validity ?? {}) as Record<string, unknown>;
  const { issued: _issued, published: _published, ...undated } = validity;
  const document: DraftDocument = {
    ...original,
    id: input.slug,
    title: input.title,
    stage: "comment-draft",
    documentNumber: undefined,
    issuer: { regionCode: region.code, level: region.level, name: region.name },
    validity: undated,
  };
  return createProgram(db, auth, {
    regionCode: input.regionCode,
    slug: input.slug,
    title: input.title,
    document: JSON.parse(JSON.stringify(document)) as DraftDocument,
    origin: { programId: source.id, versionId: version.id },
    now: input.now,
  });
}
