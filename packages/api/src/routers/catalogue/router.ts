import { router } from "../../trpc.ts";
import { chainRoute } from "./chain.ts";
import { saveRoute } from "./save.ts";

export const catalogueRouter = router({
  chain: chainRoute,
  save: saveRoute,
});
