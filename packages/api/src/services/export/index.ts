import { compareProgram } from "@jiangce/program-diff";
import type { Program } from "@jiangce/rule-schema";
import { Packer } from "docx";
import { changeTable } from "./change-table.ts";
import { officialDocument } from "./official-document.ts";

export { changeTable, officialDocument };

/** The .docx bytes of the 修改对照表 of `after` against `before` (notes: e.g. the cost headline). */
export function changeTableDocx(
  before: Program,
  after: Program,
  notes: readonly string[] = [],
): Promise<Buffer> {
  return Packer.toBuffer(changeTable(after.title, compareProgram(before, after), notes));
}

/** The .docx bytes of the program laid out as an official document (GB/T 9704). */
export function officialDocumentDocx(program: Program): Promise<Buffer> {
  return Packer.toBuffer(officialDocument(program));
}
