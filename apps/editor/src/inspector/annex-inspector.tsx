import type { Annex, Program } from "@jiangce/rule-schema";
import { Select } from "antd";
import type { Path } from "../workspace/draft-model.ts";
import { TextInput } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";
import { TASK_PATHS, TasksEditor } from "./tasks-editor.tsx";

const P = declareHandled("annexes[]", ["id", "title", "clauseId", "tasks"] as const);

/** 附件: a task table, optionally detailing one clause. */
export function AnnexInspector({
  at,
  value,
  program,
  onChange,
}: {
  at: Path;
  value: Annex;
  program: Program;
  onChange: (a: Annex) => void;
}) {
  const set = (key: keyof Annex, x: unknown) => {
    const next = { ...value } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Annex);
  };
  return (
    <div className="inspector-form">
      <Field label="附件标题" at={[...at, "title"]} schema={P.title}>
        {(id) => <TextInput id={id} value={value.title} onChange={(x) => set("title", x ?? "")} />}
      </Field>
      <Field label="对应条款" at={[...at, "clauseId"]} schema={P.clauseId}>
        {(id) => (
          <Select
            id={id}
            allowClear
            style={{ minWidth: 240 }}
            value={value.clauseId}
            placeholder="（不对应具体条款）"
            onChange={(x?: string) => set("clauseId", x)}
            options={program.clauses.map((c) => ({
              value: c.id,
              label: `${c.citation} ${c.heading ?? ""}`,
            }))}
          />
        )}
      </Field>
      <Field label="附件标识" at={[...at, "id"]} schema={P.id}>
        {(id) => <TextInput id={id} value={value.id} onChange={(x) => set("id", x ?? "")} />}
      </Field>
      <Field label="任务分工表" at={[...at, "tasks"]} schema={P.tasks}>
        <TasksEditor
          at={[...at, "tasks"]}
          paths={TASK_PATHS.annex}
          tasks={value.tasks}
          onChange={(t) => set("tasks", t)}
        />
      </Field>
    </div>
  );
}
