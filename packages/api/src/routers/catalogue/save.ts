import { findExcessiveNesting } from "@jiangce/rule-schema";
import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { CATALOGUE_EDITORS, saveCatalogue } from "../../services/catalogue/catalogue.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZRegionCode } from "../shared.ts";

export const ZSaveCatalogueInput = z.object({
  regionCode: ZRegionCode,
  /** the revision read (0: the region has no catalogue yet) */
  revision: z.number().int().min(0),
  /** fact declarations; checked with the engine's validateCatalogue in the service */
  facts: z
    .array(z.record(z.string(), z.unknown()))
    .max(500)
    .superRefine((facts, ctx) => {
      // bounded before anything recursive (JSON.stringify, the database's JSON parser) touches it
      const tooDeep = findExcessiveNesting(facts, { condition: Number.POSITIVE_INFINITY });
      if (tooDeep)
        ctx.addIssue({ code: "custom", path: tooDeep.pathParts, message: tooDeep.message });
      else if (JSON.stringify(facts).length > 500_000)
        ctx.addIssue({ code: "custom", message: "目录内容过大（超过500KB）" });
    }),
});

/**
 * Save a region's own fact catalogue. Admins of it (or above) and its drafters; audited.
 * Stale revision: REVISION_CONFLICT; an edit taking away what a submitted, approved or published
 * version uses: CATALOGUE_IN_USE.
 */
export const saveRoute = authedProcedure
  .meta(rolesIn(CATALOGUE_EDITORS))
  .input(ZSaveCatalogueInput)
  .mutation(({ ctx, input }) => saveCatalogue(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
