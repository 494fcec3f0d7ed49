import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { auditRouter } from "./routers/audit/router.ts";
import { authRouter } from "./routers/auth/router.ts";
import { catalogueRouter } from "./routers/catalogue/router.ts";
import { commentRouter } from "./routers/comment/router.ts";
import { districtSettingsRouter } from "./routers/district-settings/router.ts";
import { healthRouter } from "./routers/health/router.ts";
import { membershipRouter } from "./routers/membership/router.ts";
import { portalRouter } from "./routers/portal/router.ts";
import { programRouter } from "./routers/program/router.ts";
import { regionRouter } from "./routers/region/router.ts";
import { rosterRouter } from "./routers/roster/router.ts";
import { userRouter } from "./routers/user/router.ts";
import { versionRouter } from "./routers/version/router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  region: regionRouter,
  portal: portalRouter,
  program: programRouter,
  version: versionRouter,
  comment: commentRouter,
  audit: auditRouter,
  user: userRouter,
  membership: membershipRouter,
  districtSettings: districtSettingsRouter,
  roster: rosterRouter,
  catalogue: catalogueRouter,
});

export type AppRouter = typeof appRouter;

/** What each procedure takes and answers (`RouterOutputs["version"]["get"]`): the apps read
 * API shapes from here instead of re-declaring them (the create-t3-turbo pattern). */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** A server-side caller (tests, scripts): `createCaller(createContext({...})).health.check()`. */
export const createCaller = createCallerFactory(appRouter);
