import type { Program } from "@jiangce/rule-schema";
import { atomBlock } from "../atom-block.ts";
import { ProgramMetaView } from "./program-meta-view.tsx";

/** Every program field that has no prose of its own (the prose fields are nodes). */
export type ProgramMeta = Omit<
  Program,
  "title" | "preamble" | "closing" | "targets" | "clauses" | "annexes"
>;

export const ProgramMetaNode = atomBlock({
  name: "programMeta",
  tag: "jc-program-meta",
  view: ProgramMetaView,
});
