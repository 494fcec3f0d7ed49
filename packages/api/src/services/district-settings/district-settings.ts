import type { Db } from "@jiangce/db";
import { AppError } from "../../errors.ts";
import { requireMember, requireRole } from "../access/access.ts";
import { audit } from "../audit/audit.ts";
import type { SessionInfo } from "../auth/session.ts";
import type { DbOrTx } from "../db-types.ts";
import { regionTree } from "../region/region-tree.ts";

/**
 * A district's own settings. No row means the defaults, which are the strict ones: separation of
 * duties holds (an approver never saved the version; the publisher is not its only approver).
 * Settings are the district's own, not inherited: a city relaxing its rules relaxes nothing in
 * its districts. Later features add their settings (e.g. the portal's) to the same row.
 */
export interface DistrictSettingsValues {
  allowSelfApproval: boolean;
  allowSelfPublish: boolean;
}

export const DEFAULT_DISTRICT_SETTINGS: DistrictSettingsValues = {
  allowSelfApproval: false,
  allowSelfPublish: false,
};

export async function districtSettingsOf(
  db: DbOrTx,
  regionCode: string,
): Promise<DistrictSettingsValues> {
  const row = await db.districtSettings.findUnique({ where: { regionCode } });
  return row
    ? { allowSelfApproval: row.allowSelfApproval, allowSelfPublish: row.allowSelfPublish }
    : { ...DEFAULT_DISTRICT_SETTINGS };
}

async function regionOrThrow(db: Db, regionCode: string) {
  const region = (await regionTree(db)).byCode.get(regionCode);
  if (!region) throw new AppError("NOT_FOUND", `未找到行政区划 ${regionCode}`);
  return region;
}

/** Members of the district (and admins above it) may read its settings: the editor explains them. */
export async function getDistrictSettings(db: Db, auth: SessionInfo, regionCode: string) {
  await regionOrThrow(db, regionCode);
  await requireMember(db, auth, regionCode);
  const row = await db.districtSettings.findUnique({
    where: { regionCode },
    select: { updatedAt: true, updatedById: true },
  });
  return {
    regionCode,
    ...(await districtSettingsOf(db, regionCode)),
    updatedAt: row?.updatedAt ?? null,
    updatedById: row?.updatedById ?? null,
  };
}

/** Admins of the district or above change its settings; the audit keeps before and after. */
export async function updateDistrictSettings(
  db: Db,
  auth: SessionInfo,
  input: {
    regionCode: string;
    allowSelfApproval?: boolean | undefined;
    allowSelfPublish?: boolean | undefined;
    now: Date;
  },
) {
  await regionOrThrow(db, input.regionCode);
  await requireRole(db, auth, input.regionCode, ["admin"]);
  return db.$transaction(async (tx) => {
    const before = await districtSettingsOf(tx, input.regionCode);
    const after: DistrictSettingsValues = {
      allowSelfApproval: input.allowSelfApproval ?? before.allowSelfApproval,
      allowSelfPublish: input.allowSelfPublish ?? before.allowSelfPublish,
    };
    const row = await tx.districtSettings.upsert({
      where: { regionCode: input.regionCode },
      create: { regionCode: input.regionCode, ...after, updatedById: auth.user.id },
      update: { ...after, updatedById: auth.user.id },
    });
    await audit(tx, {
      actorId: auth.user.id,
      action: "districtSettings.update",
      entityType: "district_settings",
      entityId: input.regionCode,
      regionCode: input.regionCode,
      detail: { before, after },
      at: input.now,
    });
    return {
      regionCode: input.regionCode,
      ...after,
      updatedAt: row.updatedAt,
      updatedById: row.updatedById,
    };
  });
}
