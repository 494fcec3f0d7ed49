import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { nameSnapshot } from "../../services/program/versions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZRevision } from "../shared.ts";

export const ZNameSnapshotInput = z.object({
  versionId: ZId,
  revision: ZRevision,
  /** 正式稿 is given by publishing */
  name: z.enum(["征求意见稿", "送审稿"], { error: "快照名称应为「征求意见稿」或「送审稿」" }),
});

/** Freeze the latest draft as a named snapshot; later saves continue in a new version. */
export const nameSnapshotRoute = authedProcedure
  .meta(rolesIn(["drafter"]))
  .input(ZNameSnapshotInput)
  .mutation(({ ctx, input }) => nameSnapshot(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
