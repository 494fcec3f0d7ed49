import { router } from "../../trpc.ts";
import { copyRoute } from "./copy.ts";
import { createRoute } from "./create.ts";
import { getRoute } from "./get.ts";
import { listRoute } from "./list.ts";

export const programRouter = router({
  list: listRoute,
  get: getRoute,
  create: createRoute,
  copy: copyRoute,
});
