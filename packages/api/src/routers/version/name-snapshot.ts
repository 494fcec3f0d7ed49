import { DRAFT_SNAPSHOT_NAMES } from "@jiangce/db/vocabulary";
import { z } from "zod";
import { rolesIn } from "../../procedure-access.ts";
import { nameSnapshot } from "../../services/program/versions.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId, ZRevision } from "../shared.ts";

export const ZNameSnapshotInput = z.object({
  versionId: ZId,
  revision: ZRevision,
  /** 正式稿 is given by publishing */
  name: z.enum(DRAFT_SNAPSHOT_NAMES, {
    error: `快照名称应为${DRAFT_SNAPSHOT_NAMES.map((n) => `「${n}」`).join("或")}`,
  }),
});

/** Freeze the latest draft as a named snapshot; later saves continue in a new version. */
export const nameSnapshotRoute = authedProcedure
  .meta(rolesIn(["drafter"]))
  .input(ZNameSnapshotInput)
  .mutation(({ ctx, input }) => nameSnapshot(ctx.db, ctx.auth, { ...input, now: ctx.now() }));
