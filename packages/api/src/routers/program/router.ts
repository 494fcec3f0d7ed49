import { router } from "../../trpc.ts";
import { copyRoute } from "./copy.ts";
import { createRoute } from "./create.ts";
import { getRoute } from "./get.ts";
import { listRoute } from "./list.ts";
import { saveBudgetAssumptionsRoute } from "./save-budget-assumptions.ts";

export const programRouter = router({
  list: listRoute,
  get: getRoute,
  create: createRoute,
  copy: copyRoute,
  saveBudgetAssumptions: saveBudgetAssumptionsRoute,
});
