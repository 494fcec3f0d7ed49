import { router } from "../../trpc.ts";
import { childrenRoute } from "./children.ts";
import { getRoute } from "./get.ts";
import { listRoute } from "./list.ts";

export const regionRouter = router({ list: listRoute, children: childrenRoute, get: getRoute });
