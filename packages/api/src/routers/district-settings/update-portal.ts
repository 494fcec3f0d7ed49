import { z } from "zod";
import { districtAdmins } from "../../procedure-access.ts";
import { updatePortalSettings } from "../../services/district-settings/portal-settings.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZRegionCode } from "../shared.ts";

const text = (max: number) => z.string().max(max).nullable().optional();

export const ZUpdatePortalSettingsInput = z.object({
  regionCode: ZRegionCode,
  /** the name the portal shows; empty or null: the region's name */
  name: text(40),
  /** accent colour "#rrggbb"; null: the default */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "颜色应为 #rrggbb 形式")
    .nullable()
    .optional(),
  contact: text(200),
  notice: text(500),
  /** program ids featured first, in order */
  featured: z.array(ZId).max(10).optional(),
});

/** Change how the district's public portal presents itself. Admins of it or above; audited. */
export const updatePortalRoute = authedProcedure
  .meta(districtAdmins)
  .input(ZUpdatePortalSettingsInput)
  .mutation(({ ctx, input }) =>
    updatePortalSettings(ctx.db, ctx.auth, { ...input, now: ctx.now() }),
  );
