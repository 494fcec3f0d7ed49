import { rosterMappingSchema } from "@jiangce/roster";
import { z } from "zod";
import { rosterStaff } from "../../procedure-access.ts";
import { startRun } from "../../services/roster/runs.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZStartRosterInput = z.object({
  /** from the upload route's answer */
  uploadId: z.string().regex(/^[0-9a-f]{32}$/),
  regionCode: ZRegionCode,
  mapping: rosterMappingSchema,
  asOf: z.iso.date("计算日期应为 YYYY-MM-DD"),
  /** keep this mapping as the district's for the next upload */
  saveMapping: z.boolean().default(true),
});

/** Run an uploaded roster through the programs in force (a job; poll `roster.get`). */
export const startRoute = authedProcedure
  .meta(rosterStaff)
  .input(ZStartRosterInput)
  .mutation(({ ctx, input }) => startRun(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
