// Every extension of the program document, in one list for useEditor and getSchema.
import type { AnyExtension } from "@tiptap/core";
import { Placeholder } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";
import { BenefitNode } from "./benefit/index.ts";
import { ClauseCommands } from "./clause-commands/index.ts";
import { ClauseIds } from "./clause-ids/index.ts";
import { ClauseTermsNode } from "./clause-terms/index.ts";
import { Find } from "./find/index.ts";
import {
  ClauseHeadingNode,
  ClauseNode,
  ClosingNode,
  PreambleNode,
  ProgramDocumentNode,
  ProgramTitleNode,
} from "./program-doc/index.ts";
import { ProgramMetaNode } from "./program-meta/index.ts";
import { ProseData } from "./prose-data/index.ts";
import { ResponsibleUnitsNode } from "./responsible-units/index.ts";
import { SectionHeadings } from "./section-headings/index.ts";
import { TargetNode } from "./target/index.ts";
import { AnnexNode, TaskTableNode } from "./task-table/index.ts";
import { TreatmentNode } from "./treatment/index.ts";

/** Prose is plain text (the schema keeps no formatting): only paragraphs, text and history. */
const prose = StarterKit.configure({
  document: false,
  heading: false,
  blockquote: false,
  bulletList: false,
  orderedList: false,
  listItem: false,
  listKeymap: false,
  codeBlock: false,
  code: false,
  bold: false,
  italic: false,
  strike: false,
  underline: false,
  link: false,
  horizontalRule: false,
  hardBreak: false,
  trailingNode: false,
});

export const programNodes: AnyExtension[] = [
  prose,
  ProgramDocumentNode,
  ProgramTitleNode,
  PreambleNode,
  ClosingNode,
  ClauseNode,
  ClauseHeadingNode,
  ProgramMetaNode,
  BenefitNode,
  TreatmentNode,
  TargetNode,
  ResponsibleUnitsNode,
  ClauseTermsNode,
  TaskTableNode,
  AnnexNode,
];

export function programExtensions(): AnyExtension[] {
  return [
    ...programNodes,
    ClauseIds,
    ClauseCommands,
    ProseData,
    SectionHeadings,
    Find,
    Placeholder.configure({
      placeholder: ({ node }) =>
        node.type.name === "clauseHeading"
          ? "条款标题"
          : node.type.name === "programTitle"
            ? "方案标题"
            : "在此输入条款正文",
    }),
  ];
}
