import { router } from "../../trpc.ts";
import { getRoute } from "./get.ts";
import { listRoute } from "./list.ts";

export const programRouter = router({ list: listRoute, get: getRoute });
