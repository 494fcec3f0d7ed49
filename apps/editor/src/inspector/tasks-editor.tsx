import type { Target, Task } from "@jiangce/rule-schema";
import { Button, Card, Collapse, Space } from "antd";
import { freshId, type Path } from "../workspace/draft-model.ts";
import { DateInput, LongText, NumberInput, TextList } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";
import { TARGET_PATHS, TargetEditor, type TargetPaths } from "./target-editor.tsx";

const FIELDS = ["seq", "content", "lead", "support", "targets", "deadline"] as const;
export const TASK_PATHS = {
  clause: { ...declareHandled("clauses[].tasks[]", FIELDS), target: TARGET_PATHS.clauseTask },
  annex: { ...declareHandled("annexes[].tasks[]", FIELDS), target: TARGET_PATHS.annexTask },
};

/** 任务分工表: 序号 / 工作内容 / 牵头单位 / 配合单位 / 目标 / 完成时限. */
export function TasksEditor({
  at,
  paths,
  tasks,
  onChange,
}: {
  at: Path;
  paths: Record<(typeof FIELDS)[number], string> & { target: TargetPaths };
  tasks: Task[];
  onChange: (tasks: Task[]) => void;
}) {
  const setTask = (i: number, key: keyof Task, x: unknown) =>
    onChange(
      tasks.map((t, j) => {
        if (j !== i) return t;
        const next = { ...t } as Record<string, unknown>;
        if (x === undefined) delete next[key];
        else next[key] = x;
        return next as Task;
      }),
    );
  const add = () =>
    onChange([
      ...tasks,
      { seq: tasks.length + 1, content: "", lead: [], support: [], targets: [] },
    ]);
  return (
    <div className="tasks-editor">
      {tasks.map((task, i) => {
        const here = [...at, i];
        const targets = task.targets ?? [];
        return (
          <Card
            key={i}
            size="small"
            title={`任务 ${task.seq}`}
            extra={
              <Button
                size="small"
                type="text"
                danger
                onClick={() => onChange(tasks.filter((_, j) => j !== i))}
              >
                删除
              </Button>
            }
          >
            <Field label="工作内容" at={[...here, "content"]} schema={paths.content}>
              {(id) => (
                <LongText
                  id={id}
                  rows={2}
                  value={task.content}
                  onChange={(x) => setTask(i, "content", x ?? "")}
                />
              )}
            </Field>
            <Space wrap>
              <Field label="序号" at={[...here, "seq"]} schema={paths.seq}>
                {(id) => (
                  <NumberInput
                    id={id}
                    integer
                    min={1}
                    value={task.seq}
                    onChange={(x) => setTask(i, "seq", x ?? 1)}
                  />
                )}
              </Field>
              <Field label="完成时限" at={[...here, "deadline"]} schema={paths.deadline}>
                {(id) => (
                  <DateInput
                    id={id}
                    value={task.deadline}
                    onChange={(x) => setTask(i, "deadline", x)}
                  />
                )}
              </Field>
            </Space>
            <Field label="牵头单位" at={[...here, "lead"]} schema={paths.lead}>
              {(id) => (
                <TextList id={id} value={task.lead} onChange={(x) => setTask(i, "lead", x ?? [])} />
              )}
            </Field>
            <Field label="配合单位" at={[...here, "support"]} schema={paths.support}>
              {(id) => (
                <TextList
                  id={id}
                  value={task.support}
                  onChange={(x) => setTask(i, "support", x ?? [])}
                />
              )}
            </Field>
            <Field
              label={`目标（${targets.length}）`}
              at={[...here, "targets"]}
              schema={paths.targets}
            >
              <Collapse
                size="small"
                items={targets.map((t: Target, k) => ({
                  key: t.id,
                  label: t.label || t.id,
                  children: (
                    <TargetEditor
                      at={[...here, "targets", k]}
                      paths={paths.target}
                      value={t}
                      onChange={(next) =>
                        setTask(
                          i,
                          "targets",
                          targets.map((x, m) => (m === k ? next : x)),
                        )
                      }
                    />
                  ),
                }))}
              />
              <Button
                size="small"
                onClick={() =>
                  setTask(i, "targets", [
                    ...targets,
                    {
                      id: freshId(
                        "target",
                        targets.map((t) => t.id),
                      ),
                      label: "",
                      comparator: "at-least",
                      perYear: false,
                    },
                  ])
                }
              >
                添加目标
              </Button>
            </Field>
          </Card>
        );
      })}
      <Button onClick={add}>添加任务</Button>
    </div>
  );
}
