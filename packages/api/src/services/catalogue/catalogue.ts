import { type Db, isUniqueViolation } from "@jiangce/db";
import { catalogueLabel, type FactDeclaration, validateCatalogue } from "@jiangce/rule-schema";
import { AppError } from "../../errors.ts";
import { requireMember, requireRole } from "../access/access.ts";
import { audit } from "../audit/audit.ts";
import type { SessionInfo } from "../auth/session.ts";
import { invalidatePortal } from "../portal/portal-cache.ts";
import { catalogueChain, contextOf, regionOrThrow } from "./catalogue-chain.ts";
import { catalogueChanges, needsUsageCheck } from "./catalogue-changes.ts";
import { refuseIfInUse } from "./catalogue-in-use.ts";

/** Who maintains a region's own catalogue: its admins (and admins above) and its drafters. */
export const CATALOGUE_EDITORS = ["admin", "drafter"] as const;

/** The chain of catalogues (and programs above) that applies in a region, for its staff. */
export async function readCatalogueChain(db: Db, auth: SessionInfo, regionCode: string) {
  await regionOrThrow(db, regionCode);
  await requireMember(db, auth, regionCode);
  const [chain, own] = await Promise.all([
    catalogueChain(db, regionCode),
    db.regionalCatalogue.findUnique({ where: { regionCode }, select: { revision: true } }),
  ]);
  return {
    ...chain,
    /** the revision of the region's own catalogue to save on (0: none yet) */
    revision: own?.revision ?? 0,
    labels: Object.fromEntries(chain.catalogues.map((c) => [c.regionCode, catalogueLabel(c)])),
  };
}

/**
 * Save a region's own catalogue. `revision` is the one read (0: none yet); a stale one is a
 * REVISION_CONFLICT. The declarations must be a valid catalogue and agree with what the region
 * inherits (the engine's validateCatalogue, as the editor shows it); an edit that takes away
 * what a frozen version uses is refused (CATALOGUE_IN_USE).
 */
export async function saveCatalogue(
  db: Db,
  auth: SessionInfo,
  input: { regionCode: string; revision: number; facts: unknown[]; now: Date },
) {
  const region = await regionOrThrow(db, input.regionCode);
  await requireRole(db, auth, input.regionCode, CATALOGUE_EDITORS);
  const checked = validateCatalogue(
    { regionCode: region.code, level: region.level, name: region.name, facts: input.facts },
    contextOf(await catalogueChain(db, region.code)),
  );
  if (!checked.ok) {
    const first = checked.issues[0];
    throw new AppError(
      "INPUT_INVALID",
      `目录内容不合法：${first?.path ?? ""} ${first?.message ?? ""}`,
      {
        issues: checked.issues,
      },
    );
  }
  const catalogue = checked.value;

  const current = await db.regionalCatalogue.findUnique({ where: { regionCode: region.code } });
  if ((current?.revision ?? 0) !== input.revision) await conflict(db, region.code);
  const before = (current?.facts ?? []) as FactDeclaration[];
  const changes = catalogueChanges(before, catalogue.facts);
  if (needsUsageCheck(changes))
    await refuseIfInUse(db, { regionCode: region.code, facts: catalogue.facts }, changes);

  const facts = JSON.parse(JSON.stringify(catalogue.facts));
  const saved = await db
    .$transaction(async (tx) => {
      if (current) {
        const updated = await tx.regionalCatalogue.updateMany({
          where: { regionCode: region.code, revision: input.revision },
          data: { facts, revision: { increment: 1 }, updatedById: auth.user.id },
        });
        if (updated.count !== 1) return null;
      } else {
        await tx.regionalCatalogue.create({
          data: {
            regionCode: region.code,
            level: region.level,
            name: region.name,
            facts,
            updatedById: auth.user.id,
          },
        });
      }
      await audit(tx, {
        actorId: auth.user.id,
        action: "catalogue.save",
        entityType: "regional_catalogue",
        entityId: region.code,
        regionCode: region.code,
        detail: {
          fromRevision: input.revision,
          toRevision: input.revision + 1,
          facts: catalogue.facts.map((f) => f.key),
          before: before.map((f) => f.key),
        },
        at: input.now,
      });
      return { regionCode: region.code, revision: input.revision + 1 };
    })
    .catch((error) => (isUniqueViolation(error) ? null : Promise.reject(error)));
  if (!saved) return conflict(db, region.code);
  invalidatePortal(db);
  return saved;
}

async function conflict(db: Db, regionCode: string): Promise<never> {
  const current = await db.regionalCatalogue.findUnique({ where: { regionCode } });
  throw new AppError("REVISION_CONFLICT", "该目录已被他人修改，请刷新后再保存", {
    current: current ? { revision: current.revision, facts: current.facts } : null,
  });
}
