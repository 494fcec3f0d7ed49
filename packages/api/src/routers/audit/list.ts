import { z } from "zod";
import { districtMembers } from "../../procedure-access.ts";
import { listAudit } from "../../services/audit/queries.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZRegionCode } from "../shared.ts";

export const ZListAuditInput = z.object({
  regionCode: ZRegionCode,
  /** only the entries about one program, version, comment, user… */
  entityId: ZId.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: ZId.optional(),
});

/** A district's audit log, newest first (read-only for everyone). Members of the district. */
export const listRoute = authedProcedure
  .meta(districtMembers)
  .input(ZListAuditInput)
  .query(({ ctx, input }) => listAudit(ctx.db, ctx.auth, input));
