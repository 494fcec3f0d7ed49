import { router } from "../../trpc.ts";
import { addRoute } from "./add.ts";
import { listRoute } from "./list.ts";
import { resolveRoute } from "./resolve.ts";

export const commentRouter = router({ list: listRoute, add: addRoute, resolve: resolveRoute });
