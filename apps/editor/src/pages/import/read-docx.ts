// A .docx read in the browser: mammoth's browser build, loaded only when a file is chosen so it
// stays out of the editor's first chunk. Raw text loses Word's automatic numbering (一、（一）1.),
// which the drafter is told; paragraphs keep the offsets the importer's spans refer to.
import type { ImportParagraph } from "@jiangce/policy-import";
import { rawTextToParagraphs } from "@jiangce/policy-import";

/** A policy document is a few hundred KB at most; larger files are refused before reading. */
export const MAX_DOCX_BYTES = 5 * 1024 * 1024;

export type DocxReading =
  | { ok: true; paragraphs: ImportParagraph[]; warnings: string[] }
  | { ok: false; message: string };

export async function readDocx(file: File): Promise<DocxReading> {
  if (!/\.docx$/i.test(file.name))
    return { ok: false, message: "只能上传 .docx 文件（旧版 .doc 请先在 Word 中另存为 .docx）" };
  if (file.size > MAX_DOCX_BYTES)
    return { ok: false, message: `文件超过 ${MAX_DOCX_BYTES / 1024 / 1024} MB，请粘贴正文文字` };
  try {
    const { default: mammoth } = await import("mammoth/mammoth.browser.js");
    const result = await mammoth.extractRawText({ arrayBuffer: await file.arrayBuffer() });
    const paragraphs = rawTextToParagraphs(result.value);
    if (!paragraphs.some((p) => p.text.trim())) return { ok: false, message: "文件中没有读到文字" };
    return { ok: true, paragraphs, warnings: result.messages.map((m) => m.message) };
  } catch {
    return { ok: false, message: "无法读取该文件：不是有效的 Word 文档" };
  }
}
