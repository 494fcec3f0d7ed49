import { router } from "../../trpc.ts";
import { listRoute } from "./list.ts";

export const auditRouter = router({ list: listRoute });
