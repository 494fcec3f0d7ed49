import { anyone } from "../../procedure-access.ts";
import { listPublishingRegions } from "../../services/portal/published-regions.ts";
import { publicProcedure } from "../../trpc.ts";

/** Regions that have published programs, with counts and ancestors (portal front page). Public. */
export const listRegionsRoute = publicProcedure
  .meta(anyone)
  .query(({ ctx }) => listPublishingRegions(ctx.db));
