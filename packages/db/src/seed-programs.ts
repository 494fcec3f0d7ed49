import { seedProgramDocuments } from "@jiangce/programs";
import type { Db } from "./client.ts";
import { contentHash } from "./content-hash.ts";
import type { SnapshotName } from "./vocabulary.ts";

// The five seed programs live in @jiangce/programs as rule-schema program documents. Each one is
// loaded, validated, as a PUBLISHED version of its issuing region, hashed like any publication.
// (Fixture programs, e.g. the invented legacy ones, are never seeded.)

/** The fields of a program document the seed relies on. */
export interface SeedProgramDocument {
  id: string;
  title: string;
  stage?: string;
  issuer: { regionCode: string; name?: string };
  validity?: { issued?: string };
}

/**
 * The five seed programs, validated by the rule schema (throws naming the program if invalid),
 * each carrying its worked cases as its test cases.
 */
export function loadSeedProgramDocuments(): SeedProgramDocument[] {
  return seedProgramDocuments();
}

const SNAPSHOT_BY_STAGE: Record<string, SnapshotName> = {
  "comment-draft": "征求意见稿",
  "approval-draft": "送审稿",
  final: "正式稿",
};

export interface SeededProgram {
  slug: string;
  regionCode: string;
  title: string;
  versionNumber: number;
  contentHash: string;
  outcome: "created" | "republished" | "unchanged" | "kept-local-changes";
}

/**
 * Creates each program with version 1 published. On a later run a changed seed document is
 * published as a new version (the old one superseded), but only while nobody has worked on the
 * program in the platform: a program with user-made versions is left alone.
 */
export async function seedPrograms(
  db: Db,
  documents: SeedProgramDocument[],
  /** the seed's own (disabled) system account, author and publisher of seeded versions */
  authorId: string,
): Promise<SeededProgram[]> {
  const results: SeededProgram[] = [];
  for (const document of documents) {
    const regionCode = document.issuer.regionCode;
    const slug = document.id;
    const hash = contentHash(document);
    const publishedAt = document.validity?.issued
      ? new Date(`${document.validity.issued}T00:00:00.000Z`)
      : new Date();
    const snapshotName = document.stage ? (SNAPSHOT_BY_STAGE[document.stage] ?? null) : null;
    const outcome = await db.$transaction(async (tx) => {
      const program = await tx.program.findUnique({
        where: { regionCode_slug: { regionCode, slug } },
        include: { versions: { orderBy: { number: "desc" } } },
      });
      const publish = async (programId: string, number: number) => {
        const version = await tx.programVersion.create({
          data: {
            programId,
            number,
            state: "published",
            snapshotName,
            document: document as object,
            contentHash: hash,
            createdById: authorId,
            submittedAt: publishedAt,
            publishedAt,
            publishedById: authorId,
          },
        });
        await tx.program.update({
          where: { id: programId },
          data: {
            title: document.title,
            publishedVersionId: version.id,
            latestVersionId: version.id,
          },
        });
        await tx.auditEntry.create({
          data: {
            actorId: null,
            action: "seed.program.publish",
            entityType: "ProgramVersion",
            entityId: version.id,
            regionCode,
            detail: { slug, number, contentHash: hash, snapshotName },
          },
        });
      };
      if (!program) {
        const created = await tx.program.create({
          data: { regionCode, slug, title: document.title },
        });
        await publish(created.id, 1);
        return "created" as const;
      }
      const latest = program.versions[0];
      if (latest?.contentHash === hash) return "unchanged" as const;
      const onlySeeded = program.versions.every(
        (version) => version.createdById === authorId && version.state !== "draft",
      );
      if (!latest || latest.id !== program.publishedVersionId || !onlySeeded) {
        return "kept-local-changes" as const;
      }
      await tx.programVersion.update({ where: { id: latest.id }, data: { state: "superseded" } });
      await publish(program.id, latest.number + 1);
      return "republished" as const;
    });
    const current = await db.program.findUniqueOrThrow({
      where: { regionCode_slug: { regionCode, slug } },
      include: { publishedVersion: true },
    });
    results.push({
      slug,
      regionCode,
      title: current.title,
      versionNumber: current.publishedVersion?.number ?? 0,
      contentHash: current.publishedVersion?.contentHash ?? hash,
      outcome,
    });
  }
  return results;
}
