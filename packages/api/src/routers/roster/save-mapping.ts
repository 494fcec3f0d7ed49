import { rosterMappingSchema } from "@jiangce/roster";
import { z } from "zod";
import { rosterStaff } from "../../procedure-access.ts";
import { saveMapping } from "../../services/roster/runs.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

/** Keep a column and value mapping as the district's (suggested on its next upload); audited. */
export const saveMappingRoute = authedProcedure
  .meta(rosterStaff)
  .input(z.object({ regionCode: ZRegionCode, mapping: rosterMappingSchema }))
  .mutation(({ ctx, input }) => saveMapping(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
