// The program document: its conversion to and from tiptap JSON, the React editor, the
// outline and the prose/data check. The stable interface other parts of the editor use.
export type { BlockRef } from "./block-ref.ts";
export { refForPath, sameRef } from "./block-ref.ts";
export { docToProgram, nodeToClause } from "./doc-to-program.ts";
export {
  chineseNumeral,
  flaggedKeys,
  followHeadings,
  indent,
  isOwnSection,
  moveNode,
  type NumberingStyle,
  type Outline,
  type OutlineNode,
  outdent,
  outlineOf,
  renumber,
} from "./outline.ts";
export {
  ProgramDocument,
  type ProgramDocumentHandle,
  type ProgramDocumentProps,
} from "./program-document.tsx";
export { clauseToNode, programToDoc } from "./program-to-doc.ts";
export {
  amountsInProse,
  clauseMismatches,
  type ProseDataMismatch,
  proseDataMismatches,
} from "./prose-data.ts";
export { syncTransaction } from "./sync.ts";
