import { anyone } from "../../procedure-access.ts";
import { healthCheck } from "../../services/health/health.ts";
import { publicProcedure } from "../../trpc.ts";

/** Liveness and database reachability: `{ ok, dialect, time }`. Public. */
export const checkRoute = publicProcedure
  .meta(anyone)
  .query(({ ctx }) => healthCheck(ctx.db, ctx.now()));
