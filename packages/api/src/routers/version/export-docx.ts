import { z } from "zod";
import { AppError } from "../../errors.ts";
import { districtMembers } from "../../procedure-access.ts";
import { changeTableDocx, officialDocumentDocx } from "../../services/export/index.ts";
import { versionProgram } from "../../services/program/review.ts";
import { authedProcedure } from "../../trpc.ts";
import { ZId } from "../shared.ts";

export const ZExportDocxInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("official-document"), versionId: ZId }),
  z.object({ kind: z.literal("change-table"), fromVersionId: ZId, toVersionId: ZId }),
]);

const MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * A .docx of a version: the program as an official document (GB/T 9704), or the 修改对照表
 * against an earlier version. Returned base64 (the editor saves it as a file). Members.
 */
export const exportDocxRoute = authedProcedure
  .meta(districtMembers)
  .input(ZExportDocxInput)
  .query(async ({ ctx, input }) => {
    const load = async (id: string) => {
      const v = await versionProgram(ctx.db, ctx.auth, id);
      if (!v.program) throw new AppError("INPUT_INVALID", "方案尚未通过校验，无法导出");
      return v.program;
    };
    if (input.kind === "official-document") {
      const p = await load(input.versionId);
      const bytes = await officialDocumentDocx(p);
      return { fileName: `${p.title}.docx`, mimeType: MIME, base64: bytes.toString("base64") };
    }
    const [before, after] = [await load(input.fromVersionId), await load(input.toVersionId)];
    const bytes = await changeTableDocx(before, after);
    return {
      fileName: `${after.title}修改对照表.docx`,
      mimeType: MIME,
      base64: bytes.toString("base64"),
    };
  });
