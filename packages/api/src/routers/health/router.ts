import { router } from "../../trpc.ts";
import { checkRoute } from "./check.ts";

export const healthRouter = router({ check: checkRoute });
