import { router } from "../../trpc.ts";
import { grantRoute } from "./grant.ts";
import { revokeRoute } from "./revoke.ts";

export const membershipRouter = router({ grant: grantRoute, revoke: revokeRoute });
