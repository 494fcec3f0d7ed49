import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { requireRole } from "../access/access.ts";
import { audit } from "../audit/audit.ts";
import type { SessionInfo } from "../auth/session.ts";
import { invalidatePortal } from "../portal/portal-cache.ts";
import { regionTree } from "../region/region-tree.ts";

/**
 * How a district's public portal presents itself. Stored on the district's settings row; no row
 * or empty fields mean the defaults (the region's own name, the portal's colour, no notice).
 * Public: the portal reads it anonymously.
 */
export interface PortalSettings {
  regionCode: string;
  /** null: the region's name */
  name: string | null;
  /** "#rrggbb"; null: the portal's default */
  color: string | null;
  contact: string | null;
  notice: string | null;
  /** program ids shown first on the district home, in this order */
  featured: string[];
}

function featuredOf(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

async function regionOrThrow(db: Db, regionCode: string) {
  const region = (await regionTree(db)).byCode.get(regionCode);
  if (!region) throw new AppError("NOT_FOUND", `未找到行政区划 ${regionCode}`);
  return region;
}

export async function getPortalSettings(db: Db, regionCode: string): Promise<PortalSettings> {
  await regionOrThrow(db, regionCode);
  const row = await db.districtSettings.findUnique({ where: { regionCode } });
  return {
    regionCode,
    name: row?.portalName ?? null,
    color: row?.portalColor ?? null,
    contact: row?.portalContact ?? null,
    notice: row?.portalNotice ?? null,
    featured: row ? featuredOf(row.portalFeatured) : [],
  };
}

/** A field not given keeps its value; given empty or null, it goes back to the default. */
const kept = (given: string | null | undefined, old: string | null) =>
  given === undefined ? old : given === null || given.trim() === "" ? null : given.trim();

/** Admins of the district or above change its portal; featured ids must name programs; audited. */
export async function updatePortalSettings(
  db: Db,
  auth: SessionInfo,
  input: Partial<Omit<PortalSettings, "regionCode">> & { regionCode: string; now: Date },
): Promise<PortalSettings> {
  await regionOrThrow(db, input.regionCode);
  await requireRole(db, auth, input.regionCode, ["admin"]);
  if (input.featured) {
    const found = await db.program.findMany({
      where: { id: { in: input.featured } },
      select: { id: true },
    });
    const known = new Set(found.map((p) => p.id));
    const unknown = input.featured.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new AppError("INPUT_INVALID", `推荐政策不存在：${unknown.join("、")}`);
  }
  const saved = await db.$transaction(async (tx) => {
    const before = await getPortalSettings(tx as Db, input.regionCode);
    const after: PortalSettings = {
      regionCode: input.regionCode,
      name: kept(input.name, before.name),
      color: kept(input.color, before.color),
      contact: kept(input.contact, before.contact),
      notice: kept(input.notice, before.notice),
      featured: input.featured ? [...new Set(input.featured)] : before.featured,
    };
    const columns = {
      portalName: after.name,
      portalColor: after.color,
      portalContact: after.contact,
      portalNotice: after.notice,
      portalFeatured: JSON.stringify(after.featured),
      updatedById: auth.user.id,
    };
    await tx.districtSettings.upsert({
      where: { regionCode: input.regionCode },
      create: { regionCode: input.regionCode, ...columns },
      update: columns,
    });
    await audit(tx, {
      actorId: auth.user.id,
      action: "districtSettings.updatePortal",
      entityType: "district_settings",
      entityId: input.regionCode,
      regionCode: input.regionCode,
      detail: { before, after },
      at: input.now,
    });
    return after;
  });
  // the portal's cached answers and rendered pages show the settings: drop them, as a publish does
  invalidatePortal(db);
  return saved;
}
