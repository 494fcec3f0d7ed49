import { z } from "zod";
import { districtMembers } from "../../procedure-access.ts";
import { getDistrictSettings } from "../../services/district-settings/district-settings.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZGetDistrictSettingsInput = z.object({ regionCode: ZRegionCode });

/** A district's settings (defaults when never changed). Members of it, admins above it. */
export const getRoute = authedProcedure
  .meta(districtMembers)
  .input(ZGetDistrictSettingsInput)
  .query(({ ctx, input }) => getDistrictSettings(ctx.db, ctx.auth, input.regionCode));
