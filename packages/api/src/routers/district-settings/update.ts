import { z } from "zod";
import { districtAdmins } from "../../procedure-access.ts";
import { updateDistrictSettings } from "../../services/district-settings/district-settings.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZUpdateDistrictSettingsInput = z.object({
  regionCode: ZRegionCode,
  /** relax separation of duties: an approver may have saved the version (small districts) */
  allowSelfApproval: z.boolean().optional(),
  /** relax separation of duties: the only approver may also publish */
  allowSelfPublish: z.boolean().optional(),
});

/** Change a district's settings (only the fields given). Admins of it or above; audited. */
export const updateRoute = authedProcedure
  .meta(districtAdmins)
  .input(ZUpdateDistrictSettingsInput)
  .mutation(({ ctx, input }) =>
    updateDistrictSettings(ctx.db, ctx.auth, { ...input, now: ctx.now() }),
  );
