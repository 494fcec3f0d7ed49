import type { Annex, Task } from "@jiangce/rule-schema";
import type { ReactNodeViewProps } from "@tiptap/react";
import { BlockFrame } from "../block-frame.tsx";
import { TaskRows } from "./task-rows.tsx";

export function TaskTableView({ node, selected }: ReactNodeViewProps) {
  return (
    <BlockFrame tag="任务分解" selected={selected}>
      <TaskRows tasks={node.attrs.data as Task[]} />
    </BlockFrame>
  );
}

export function AnnexView({ node, selected }: ReactNodeViewProps) {
  const annex = node.attrs.data as Annex;
  return (
    <BlockFrame tag="附件" selected={selected}>
      <div className="block-title">{annex.title}</div>
      <TaskRows tasks={annex.tasks} />
    </BlockFrame>
  );
}
