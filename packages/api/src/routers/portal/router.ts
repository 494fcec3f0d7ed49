import { router } from "../../trpc.ts";
import { getCataloguesRoute } from "./get-catalogues.ts";
import { getProgramRoute } from "./get-program.ts";
import { getSettingsRoute } from "./get-settings.ts";
import { listProgramsRoute } from "./list-programs.ts";
import { listRegionsRoute } from "./list-regions.ts";

export const portalRouter = router({
  listPrograms: listProgramsRoute,
  getProgram: getProgramRoute,
  listRegions: listRegionsRoute,
  getSettings: getSettingsRoute,
  getCatalogues: getCataloguesRoute,
});
