import { router } from "../../trpc.ts";
import { getRoute } from "./get.ts";

export const versionRouter = router({ get: getRoute });
