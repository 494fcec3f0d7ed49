import { z } from "zod";
import { anyone } from "../../procedure-access.ts";
import { getPortalSettings } from "../../services/district-settings/portal-settings.ts";
import { publicProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZGetPortalSettingsInput = z.object({ regionCode: ZRegionCode });

/** How a district's portal presents itself (name, colour, contact, notice, featured). Public. */
export const getSettingsRoute = publicProcedure
  .meta(anyone)
  .input(ZGetPortalSettingsInput)
  .query(({ ctx, input }) => getPortalSettings(ctx.db, input.regionCode));
