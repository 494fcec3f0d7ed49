import { router } from "../../trpc.ts";
import { getRoute } from "./get.ts";
import { updateRoute } from "./update.ts";
import { updatePortalRoute } from "./update-portal.ts";

export const districtSettingsRouter = router({
  get: getRoute,
  update: updateRoute,
  updatePortal: updatePortalRoute,
});
