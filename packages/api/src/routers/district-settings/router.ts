import { router } from "../../trpc.ts";
import { getRoute } from "./get.ts";
import { updateRoute } from "./update.ts";

export const districtSettingsRouter = router({ get: getRoute, update: updateRoute });
