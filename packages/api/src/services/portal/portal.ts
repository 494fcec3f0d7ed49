import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { ancestorsOf, regionTree } from "../region/region-tree.ts";

/**
 * The portal reads only through Program.publishedVersionId: a program row names its live version,
 * and a published version's document and hash never change. Publishing switches that one column
 * in one transaction, so a reader gets the old version or the new one, never a mix.
 */
const publishedVersionView = {
  select: { id: true, number: true, snapshotName: true, contentHash: true, publishedAt: true },
} as const;

/**
 * The published programs that apply in a region: its own, and those issued by its ancestors
 * (a province's or city's program covers every district inside it). Own region first, then the
 * city, then the province; newest publication first within each.
 */
export async function listPublishedPrograms(db: Db, regionCode: string) {
  const tree = await regionTree(db);
  const region = tree.byCode.get(regionCode);
  if (!region) throw new AppError("NOT_FOUND", `未找到行政区划 ${regionCode}`);
  const issuers = [region, ...ancestorsOf(tree, regionCode)];
  const programs = await db.program.findMany({
    where: { regionCode: { in: issuers.map((r) => r.code) }, publishedVersionId: { not: null } },
    select: {
      id: true,
      regionCode: true,
      slug: true,
      title: true,
      publishedVersion: publishedVersionView,
    },
  });
  const rank = new Map(issuers.map((r, i) => [r.code, i]));
  return programs
    .flatMap((p) => {
      const version = p.publishedVersion;
      const issuer = tree.byCode.get(p.regionCode);
      if (!version || !issuer) return [];
      return [
        {
          programId: p.id,
          slug: p.slug,
          title: p.title,
          issuer: { code: issuer.code, name: issuer.name, level: issuer.level },
          inherited: p.regionCode !== regionCode,
          version,
        },
      ];
    })
    .sort(
      (a, b) =>
        (rank.get(a.issuer.code) ?? 0) - (rank.get(b.issuer.code) ?? 0) ||
        (b.version.publishedAt?.getTime() ?? 0) - (a.version.publishedAt?.getTime() ?? 0) ||
        a.slug.localeCompare(b.slug),
    );
}

/** One published program with its document and content hash; unpublished ones do not exist here. */
export async function getPublishedProgram(db: Db, programId: string) {
  const program = await db.program.findUnique({
    where: { id: programId },
    select: {
      id: true,
      regionCode: true,
      slug: true,
      title: true,
      publishedVersion: { select: { ...publishedVersionView.select, document: true } },
    },
  });
  const version = program?.publishedVersion;
  if (!program || !version) throw new AppError("NOT_FOUND", "该方案不存在或尚未发布");
  const tree = await regionTree(db);
  const issuer = tree.byCode.get(program.regionCode);
  const { document, ...versionMeta } = version;
  return {
    programId: program.id,
    slug: program.slug,
    title: program.title,
    issuer: {
      code: program.regionCode,
      name: issuer?.name ?? program.regionCode,
      level: issuer?.level ?? "district",
    },
    version: versionMeta,
    contentHash: version.contentHash,
    document,
  };
}
