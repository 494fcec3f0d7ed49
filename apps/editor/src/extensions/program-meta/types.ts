import type { Program } from "@jiangce/rule-schema";

/** Every program field that has no prose of its own (the prose fields are nodes). */
export type ProgramMeta = Omit<
  Program,
  "title" | "preamble" | "closing" | "targets" | "clauses" | "annexes"
>;
