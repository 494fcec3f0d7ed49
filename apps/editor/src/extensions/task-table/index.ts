import { atomBlock } from "../atom-block.ts";
import { AnnexView, TaskTableView } from "./task-table-view.tsx";

/** A clause's task rows (Task[] in `data`). */
export const TaskTableNode = atomBlock({
  name: "taskTable",
  tag: "jc-task-table",
  view: TaskTableView,
});

/** An annex of the program (附件: Annex in `data`), after the clauses. */
export const AnnexNode = atomBlock({ name: "annex", tag: "jc-annex", view: AnnexView });
