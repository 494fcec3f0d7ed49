import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { ancestorsOf, regionTree } from "../region/region-tree.ts";
import { portalCache } from "./portal-cache.ts";
import { publishedVersions } from "./published-versions.ts";

/**
 * The portal reads through Program.publishedVersionId: a program row names its live version,
 * and a published version's document and hash never change. Publishing switches that one column
 * in one transaction, so a reader gets the old version or the new one, never a mix. Each request
 * reads the pointers fresh (one query); the frozen versions come from a cache.
 *
 * A program with no live version whose last live one expired (its last day passed, or a
 * publisher's 废止) stays readable as an archive: that expired version, marked `archived`, which
 * the portal shows as 已失效 · 存档可查 and never evaluates or searches as in force. Publishing a
 * newer version makes it live again, and only that one is shown.
 */

/**
 * The published programs that apply in a region: its own, and those issued by its ancestors
 * (a province's or city's program covers every district inside it). Own region first, then the
 * city, then the province; newest publication first within each. `withArchived`: also the
 * archived ones (after the live ones of their issuer), as the portal lists them; every other
 * reader (the roster's programs in force, the editor) wants the live ones only.
 */
export function listPublishedPrograms(
  db: Db,
  regionCode: string,
  { withArchived = false }: { withArchived?: boolean } = {},
) {
  return portalCache(db).get(`list:${regionCode}:${withArchived}`, () =>
    readPublishedPrograms(db, regionCode, withArchived),
  );
}

async function readPublishedPrograms(db: Db, regionCode: string, withArchived: boolean) {
  const tree = await regionTree(db);
  const region = tree.byCode.get(regionCode);
  if (!region) throw new AppError("NOT_FOUND", `未找到行政区划 ${regionCode}`);
  const issuers = [region, ...ancestorsOf(tree, regionCode)];
  const programs = await db.program.findMany({
    // unpublished rows are dropped below; a `not: null` filter costs more than it saves
    where: { regionCode: { in: issuers.map((r) => r.code) } },
    select: { id: true, regionCode: true, slug: true, title: true, publishedVersionId: true },
  });
  const archive = withArchived
    ? await archivedVersionIds(
        db,
        programs.filter((p) => p.publishedVersionId === null).map((p) => p.id),
      )
    : new Map<string, string>();
  const shownId = (p: (typeof programs)[number]) => p.publishedVersionId ?? archive.get(p.id);
  const shown = programs.map(shownId).filter((id): id is string => id !== undefined);
  const [versions, summaries] = await Promise.all([
    publishedVersions(db).meta(shown),
    publishedVersions(db).summaries(shown),
  ]);
  const rank = new Map(issuers.map((r, i) => [r.code, i]));
  return programs
    .flatMap((p) => {
      const id = shownId(p);
      const version = id ? versions.get(id) : undefined;
      const issuer = tree.byCode.get(p.regionCode);
      if (!version || !issuer) return [];
      return [
        {
          programId: p.id,
          slug: p.slug,
          title: p.title,
          issuer: { code: issuer.code, name: issuer.name, level: issuer.level },
          inherited: p.regionCode !== regionCode,
          archived: p.publishedVersionId === null,
          version,
          summary: summaries.get(version.id) ?? null,
        },
      ];
    })
    .sort(
      (a, b) =>
        (rank.get(a.issuer.code) ?? 0) - (rank.get(b.issuer.code) ?? 0) ||
        Number(a.archived) - Number(b.archived) ||
        (b.version.publishedAt?.getTime() ?? 0) - (a.version.publishedAt?.getTime() ?? 0) ||
        a.slug.localeCompare(b.slug),
    );
}

/** One published program with its document and content hash; unpublished ones do not exist here. */
export function getPublishedProgram(db: Db, programId: string) {
  return portalCache(db).get(`get:${programId}`, () => readPublishedProgram(db, programId));
}

async function readPublishedProgram(db: Db, programId: string) {
  const program = await db.program.findUnique({
    where: { id: programId },
    select: { id: true, regionCode: true, slug: true, title: true, publishedVersionId: true },
  });
  const archivedId =
    program && program.publishedVersionId === null
      ? (await archivedVersionIds(db, [program.id])).get(program.id)
      : undefined;
  const shownId = program?.publishedVersionId ?? archivedId;
  const published = shownId ? await publishedVersions(db).document(shownId) : null;
  if (!program || !published) throw new AppError("NOT_FOUND", "该方案不存在或尚未发布");
  const tree = await regionTree(db);
  const issuer = tree.byCode.get(program.regionCode);
  return {
    programId: program.id,
    slug: program.slug,
    title: program.title,
    issuer: {
      code: program.regionCode,
      name: issuer?.name ?? program.regionCode,
      level: issuer?.level ?? "district",
    },
    archived: archivedId !== undefined,
    version: published.meta,
    contentHash: published.meta.contentHash,
    document: published.document,
  };
}

/**
 * For programs without a live version: the id of each one's latest expired version, if any.
 * Expired versions were published once and are as frozen as live ones (the version cache holds).
 */
async function archivedVersionIds(db: Db, programIds: string[]): Promise<Map<string, string>> {
  if (programIds.length === 0) return new Map();
  const rows = await db.programVersion.findMany({
    where: { programId: { in: programIds }, state: "expired" },
    select: { id: true, programId: true },
    orderBy: { number: "desc" },
  });
  const latest = new Map<string, string>();
  for (const row of rows) if (!latest.has(row.programId)) latest.set(row.programId, row.id);
  return latest;
}
