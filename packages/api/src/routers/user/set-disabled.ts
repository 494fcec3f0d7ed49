import { z } from "zod";
import { districtAdmins } from "../../procedure-access.ts";
import { setUserDisabled } from "../../services/user/users.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZSetDisabledInput = z.object({ userId: ZId, disabled: z.boolean() });

/** Disable (signs out everywhere) or re-enable an account. Admins over all its districts. */
export const setDisabledRoute = authedProcedure
  .meta(districtAdmins)
  .input(ZSetDisabledInput)
  .mutation(({ ctx, input }) => setUserDisabled(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
