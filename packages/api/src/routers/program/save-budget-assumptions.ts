import { budgetAssumptionsSchema } from "@jiangce/rule-schema";
import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { saveBudgetAssumptions } from "../../services/program/budget-assumptions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZSaveBudgetAssumptionsInput = z.object({
  programId: ZId,
  /** 测算假设: horizon, volumes by benefit id or "benefitId/tierId", bases in fen */
  assumptions: budgetAssumptionsSchema,
});

/**
 * Keep the program's 测算假设, which every review of its versions is costed with. Drafters and
 * reviewers of the program's district; unknown benefit or tier ids are refused.
 */
export const saveBudgetAssumptionsRoute = authedProcedure
  .meta(rolesIn(["drafter", "reviewer"]))
  .input(ZSaveBudgetAssumptionsInput)
  .mutation(({ ctx, input }) =>
    saveBudgetAssumptions(ctx.db, ctx.auth, { ...input, now: ctx.now() }),
  );
